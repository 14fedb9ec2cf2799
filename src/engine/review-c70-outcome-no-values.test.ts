/** Review c70-W1 (report /work/review70/review.md, records r373, r376, r377; controls r357, r360): after induction or a
 * transplant with no disease value dated since the line began, the diagnostic values (dated before it) were read as
 * "today's": "today's values meet active myeloma", pathway.line-outcome-unknown as a warning and 11-14 relapse regimens
 * (Tec-Dara "preferred") three weeks after an autograft. Progression is a rise from the lowest confirmed response value
 * (criteria-and-scores.md 6.2; IMWG 2016): values from before a line cannot tell its outcome. The response assessment
 * is asked instead (pathway.response-assessment-due) and the pathway's own step stays the plan. An undated value is
 * today's by the record contract (kept). */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { renderClinicianSummary } from "../render/clinician.js";
import { buildHandout, handoutLines } from "../render/handout.js";
import { ES } from "../render/words/es.js";
import { assess } from "./assess.js";
import type { Assessment } from "./assessment.js";

// biome-ignore lint/suspicious/noExplicitAny: a vignette read as it is
type Rec = any;
const vignette = (name: string): Rec =>
  JSON.parse(
    readFileSync(join(import.meta.dirname, `../../examples/vignettes/review-c70-w1-${name}.json`), "utf8"),
  );
const flat = (s: string) => s.replace(/\s+/g, " ");
const relapse = (a: Assessment) => a.options.filter((o) => o.id.startsWith("rr."));
const alert = (a: Assessment, id: string) => a.alerts.find((x) => x.id === id);
const TODAY = /today's values meet active myeloma/;
const DUE = "pathway.response-assessment-due";
const UNKNOWN = "pathway.line-outcome-unknown";
/** No progression read from values before the line: no "today's values", no outcome-unknown alert, no relapse option,
 * and the response assessment asked with the latest disease value's date (2026-05-06, the marrow). */
const readAsNotProgressed = (a: Assessment) => {
  expect(a.phase.progressed).toBe(false);
  expect(a.phase.reason).not.toMatch(TODAY);
  expect(alert(a, UNKNOWN)).toBeUndefined();
  expect(relapse(a)).toEqual([]);
  expect(alert(a, DUE)?.text).toMatch(
    /no response assessment since it began is recorded \(latest disease values 2026-05-06, before it\)/,
  );
};

describe("c70-W1: D-VRd x4, collection, Mel200-ASCT three weeks ago, only the diagnostic values (r376)", () => {
  const a = assess(vignette("dvrd-after-asct-no-values-since"));

  it("the phase reads the recorded 'no progression': after the transplant, not an unknown outcome", () => {
    expect(a.phase.code).toBe("post-transplant");
    expect(a.phase.progressed).toBe(false);
    expect(a.phase.reason).not.toMatch(TODAY);
    expect(a.phase.reason).not.toMatch(/outcome is unknown/);
  });

  it("no line-outcome-unknown alert and no relapse option", () => {
    expect(alert(a, UNKNOWN)).toBeUndefined();
    expect(relapse(a).map((o) => o.id)).toEqual([]);
    expect(a.missingData.map((m) => m.field)).not.toContain("treatmentHistory.2.progressionDate");
  });

  it("the response assessment is asked, naming the latest value date and that it is before the line (IMWG 2016)", () => {
    const due = alert(a, DUE);
    expect(due?.severity).toBe("info");
    expect(due?.citations).toContain("kumar-2016-lancet-oncol");
    expect(due?.text).toMatch(
      /^Line 1 \(D-VRd, Mel200-ASCT\): no response assessment since it began is recorded \(latest disease values 2026-05-06, before it\)/,
    );
    expect(due?.text).toMatch(/Assess .* now/);
  });

  it("the plan keeps the pathway's own step: consolidation now, maintenance next (as r360)", () => {
    expect(a.plan.map((s) => `${s.title}|${s.status}`)).toEqual([
      "Induction|done",
      "Stem cell collection, then autologous stem cell transplant|done",
      "Consolidation where the evidence gives it (2 cycles within D-VRd / D-VTd)|current",
      "Maintenance: lenalidomide|next",
      "At progression: a new line for relapsed disease|if-progressed",
    ]);
    expect(a.options.map((o) => o.id)).toContain("ndmm.te.consolidation.d-vrd");
  });

  it("clinician summary: no relapse regimen among the top options; the patient handout lists no relapse regimen", () => {
    const text = flat(renderClinicianSummary(a, "text"));
    expect(text).not.toMatch(/Tec-Dara|teclistamab/i);
    expect(text).not.toMatch(TODAY);
    const handout = flat(handoutLines(buildHandout(a)).join(" "));
    expect(handout).not.toMatch(/teclistamab|only if the myeloma has come back/i);
    const es = flat(handoutLines(buildHandout(a, ES)).join(" "));
    expect(es).not.toMatch(/teclistamab/i);
  });
});

describe("c70-W1: VRd, then Mel200-ASCT three weeks ago, no value since diagnosis (r373)", () => {
  const a = assess(vignette("vrd-after-asct-no-values-since"));

  it("post-transplant, no progression read; no relapse option; the response assessment asked", () => {
    expect(a.phase.code).toBe("post-transplant");
    readAsNotProgressed(a);
    expect(alert(a, DUE)?.text).toMatch(/^Line 1 \(VRd, Mel200-ASCT\): /);
    expect(a.options.map((o) => o.id)).toContain("maint.lenalidomide");
  });
});

describe("c70-W1: VRd ended, awaiting the transplant, no value since diagnosis (r377)", () => {
  const a = assess(vignette("vrd-awaiting-asct-no-values-since"));

  it("the transplant is the step; no relapse option; the response assessment asked", () => {
    expect(a.phase.code).toBe("transplant");
    readAsNotProgressed(a);
    expect(a.options.map((o) => o.id)).toContain("ndmm.te.asct");
  });
});

describe("c70-W1: no outcome recorded on any entry either (r376 without progressedOn)", () => {
  const r = vignette("dvrd-after-asct-no-values-since");
  for (const t of r.treatmentHistory) delete t.progressedOn;
  const a = assess(r);

  it("read as on a line with nothing measured since it began: no progression read, the response assessment asked", () => {
    readAsNotProgressed(a);
    expect(a.phase.reason).toBe(
      "After the transplant in line 1 (D-VRd, Mel200-ASCT, from 2026-05-11) ended 2026-09-10; no progression recorded, and no response assessment since line 1 began (latest disease values 2026-05-06, before it).",
    );
  });
});

describe("c70-W1 controls", () => {
  it("r360 (M-protein measured on treatment) is unchanged: no response alert, the same phase and plan", () => {
    const a = assess(vignette("dvrd-after-asct-values-on-treatment"));
    expect(a.phase.reason).toBe(
      "After the transplant in line 1 (D-VRd, Mel200-ASCT, from 2026-05-11) ended 2026-09-10; no progression recorded.",
    );
    expect(a.phase.activeDisease).toBe(true);
    expect(alert(a, DUE)).toBeUndefined();
    expect(relapse(a)).toEqual([]);
  });

  it("r357 (mid-induction, no value since the start) is unchanged", () => {
    const a = assess(vignette("dvrd-week-3-no-values-since"));
    expect(a.phase.code).toBe("induction");
    expect(a.phase.activeDisease).toBe(true);
    expect(alert(a, DUE)?.text).toBe(
      "Line 1 (D-VRd): no response assessment since it started is recorded. Assess serum and urine M-protein and serum free light chains by the IMWG 2016 criteria at the visits the regimen schedules.",
    );
  });

  it("a progression measured after the start still reads progression (nadir 0.3, then 1.0 and 1.1 g/dL)", () => {
    const r = vignette("dvrd-after-asct-no-values-since");
    r.series = {
      serumMProtein: [
        { date: "2026-05-05", value: 3.8, unit: "g/dL" },
        { date: "2026-06-30", value: 0.3, unit: "g/dL" },
        { date: "2026-07-25", value: 0.3, unit: "g/dL" },
        { date: "2026-09-20", value: 1.0, unit: "g/dL" },
        { date: "2026-09-28", value: 1.1, unit: "g/dL" },
      ],
    };
    const a = assess(r);
    expect(a.phase.progressed).toBe(true);
    expect(alert(a, DUE)).toBeUndefined();
    expect(relapse(a).length).toBeGreaterThan(0);
  });

  it("an undated value is today's (the record contract): the outcome stays open on today's values", () => {
    const r = vignette("dvrd-after-asct-no-values-since");
    for (const k of ["serumMProtein", "involvedFreeLightChain", "uninvolvedFreeLightChain"])
      delete r.labs[k].date;
    const a = assess(r);
    expect(a.phase.progressed).toBeNull();
    expect(a.phase.reason).toMatch(TODAY);
    expect(alert(a, UNKNOWN)?.severity).toBe("warning");
    expect(alert(a, DUE)).toBeUndefined();
  });
});

describe("c70-W1 control: a calcium above the clinical-relapse level since the line began", () => {
  it("r376 with calcium 12.6 mg/dL today: the values no longer all predate the line; the outcome stays open", () => {
    const r = vignette("dvrd-after-asct-no-values-since");
    r.labs.calcium = { value: 12.6, unit: "mg/dL", date: r.asOf };
    const a = assess(r);
    expect(a.phase.valuesBeforeLine).toBeUndefined();
    expect(a.phase.reason).toMatch(TODAY);
    expect(alert(a, UNKNOWN)).toBeDefined();
  });
});

describe("re-check c71-W1: a relapse line stopped for toxicity with nothing measured since it began", () => {
  it("line 2 (KRd after a relapse 3 weeks after the transplant) keeps the relapse options; not 'no progression'", () => {
    const r = JSON.parse(
      readFileSync(
        join(
          import.meta.dirname,
          "../../examples/vignettes/review-c71-w1-krd-line2-stopped-values-before-it.json",
        ),
        "utf8",
      ),
    );
    const a = assess(r);
    expect(a.phase.valuesBeforeLine).toBeUndefined();
    expect(a.phase.reason).not.toContain("no progression recorded");
    expect(relapse(a).length).toBeGreaterThan(5);
  });
});
