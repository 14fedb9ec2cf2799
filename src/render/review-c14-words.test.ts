/** Review c14 finding 10: patients a few weeks into their first line (Dara-VCd week 4, D-VRd day 12, Rd
 * week 3, AL on Dara-CyBorD) read "Multiple myeloma, previously treated" and "Your records show you have
 * had treatment for it before": to a reader, a relapse. On the first line now, the words say so. */
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { assess } from "../engine/assess.js";
import { renderClinicianSummary } from "./clinician.js";
import { renderHandout } from "./handout.js";
import { renderPatientSummary } from "./patient.js";
import { ES } from "./words/es.js";

const flat = (s: string) => s.replace(/\s+/g, " ");
const read = (name: string) =>
  assess(JSON.parse(readFileSync(new URL(`../../examples/vignettes/${name}.json`, import.meta.url), "utf8")));

describe("c14-10: on the first line now, not 'previously treated'", () => {
  it("myeloma, week 4 of Dara-VCd: the clinician headline says on first-line therapy", () => {
    const text = flat(renderClinicianSummary(read("review-c14-lcmm-cast-nephropathy-dara-vcd"), "text"));
    expect(text).toContain("Disease state: Multiple myeloma (kappa light chain), on first-line therapy");
    expect(text).not.toContain("previously treated");
  });

  it("AL amyloidosis on Dara-CyBorD: the handout and the full summary say first treatment (EN, ES)", () => {
    const a = read("al-cardiac-renal-on-dara-cybord-cycle-4");
    for (const out of [renderHandout(a, "text"), renderPatientSummary(a, "text")]) {
      expect(flat(out)).toContain("Your records show you are on your first treatment for it.");
      expect(flat(out)).not.toContain("had treatment for it before");
    }
    expect(flat(renderHandout(a, "text", ES))).toContain("está recibiendo su primer tratamiento para esto");
  });

  it("control: after a relapse, previously treated", () => {
    const text = flat(renderClinicianSummary(read("relapse-lenalidomide-refractory"), "text"));
    expect(text).toContain("Multiple myeloma (IgG-kappa), previously treated");
  });
});

/** Review c14 finding 11: on haemodialysis, progression on lenalidomide maintenance recorded while the entry
 * has no end: "Lines of therapy: line 1 being given (no prior lines)" beside the phase's "refractory ... 1
 * prior line". The lines line now reads as the phase does. */
describe("c14-11: the lines of therapy agree with the phase", () => {
  it("progressed on the line still recorded as given: 1 given, progressed on it, 1 prior line", () => {
    const text = flat(
      renderClinicianSummary(read("review-c14-dialysis-progressed-on-r-maintenance"), "text"),
    );
    expect(text).toContain(
      "Lines of therapy: 1 given; progressed on line 1, which the record shows as still given (1 prior line)",
    );
    expect(text).not.toContain("line 1 being given (no prior lines)");
  });

  it("control: a line being given without progression keeps 'being given'", () => {
    const text = flat(renderClinicianSummary(read("review-c14-lcmm-cast-nephropathy-dara-vcd"), "text"));
    expect(text).toContain("Lines of therapy: line 1 being given (no prior lines)");
  });
});

/** Found by the lead (c14): the plan step of a relapse line being given named its regimen twice, "Line 2
 * (DPd) being given (DPd)": the step's option names follow the title only when the title does not say them. */
describe("c14: the plan names the line being given once", () => {
  it("'Line 2 (DPd) being given', not followed by '(DPd)' again", () => {
    const text = flat(renderClinicianSummary(read("handout-on-dpd-responding"), "text"));
    expect(text).toContain("now · relapsed: Line 2 (DPd) being given");
    expect(text).not.toContain("being given (DPd)");
  });
});
