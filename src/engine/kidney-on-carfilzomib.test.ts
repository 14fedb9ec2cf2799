/** Kidney impairment new on a carfilzomib line (stop 43). A 68-year-old on Kd at second line, responding, whose
 * creatinine went from 1.0 to 3.4 mg/dL on it: the kidney alert named the myeloma and other nephrotoxins but not
 * carfilzomib, whose warnings include acute kidney injury and thrombotic microangiopathy (treatments.md 7b), the
 * line's card said nothing of the rise, and the handout said "the usual plan is to keep going". The reference gives
 * no kidney rule to hold carfilzomib: words and a caution, no change of strength. */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { renderClinicianSummary } from "../render/clinician.js";
import { renderHandout } from "../render/handout.js";
import { ES } from "../render/words/es.js";
import { assess } from "./assess.js";
import { assessCompact } from "./compact.js";

// biome-ignore lint/suspicious/noExplicitAny: a vignette edited in place
type Rec = any;
const read = (name: string): Rec =>
  JSON.parse(readFileSync(join(import.meta.dirname, `../../examples/vignettes/${name}.json`), "utf8"));
const KD = "kd-kidney-impairment-new-on-carfilzomib";
const KIDNEY = "alert.kidney-new-on-treatment";
const CONTINUE = "pathway.continue-current-line";
const cautions = (a: ReturnType<typeof assess>, id: string) =>
  a.options.find((o) => o.id === id)?.cautions.join(" \n ") ?? "";
const flat = (t: string): string => t.replace(/\s+/g, " ");

/** The Kd vignette with the creatinine of 2026-11-28 replaced (mg/dL). */
function withCreatinine(value: number): Rec {
  const r = read(KD);
  r.labs.creatinine.value = value;
  return r;
}

describe("kidney impairment new on a carfilzomib line", () => {
  const a = assess(read(KD));

  it("the kidney alert names carfilzomib's AKI and TMA among the causes, with its sources", () => {
    const alert = a.alerts.find((x) => x.id === KIDNEY);
    expect(alert?.text).toMatch(/Creatinine 3\.4 mg\/dL on 2026-11-28/);
    expect(alert?.text).toMatch(/latest line holds carfilzomib/);
    expect(alert?.text).toMatch(/acute kidney injury and thrombotic microangiopathy/);
    expect(alert?.text).toMatch(/gives no kidney rule to hold it/);
    expect(alert?.citations).toEqual(
      expect.arrayContaining(["chari-2018-blood-adv", "dimopoulos-2016-jco-renal"]),
    );
  });

  it("the line's card says it, and keeps its strength (the reference gives no hold rule)", () => {
    expect(cautions(a, CONTINUE)).toMatch(/Carfilzomib with kidney impairment new or worse/);
    expect(a.options.find((o) => o.id === CONTINUE)?.strength).toBe("standard");
  });

  it("the handout does not say to keep going; it names the treatment and the kidney words follow (EN and ES)", () => {
    const en = flat(renderHandout(a, "text"));
    expect(en).not.toMatch(/usual plan is to keep going/);
    expect(en).toMatch(/Your current treatment is 2-drug treatment with carfilzomib \(Kd\)\./);
    expect(en).toMatch(/Your kidney tests have become worse/);
    const es = flat(renderHandout(a, "text", ES));
    expect(es).not.toMatch(/seguir con su tratamiento actual/);
    expect(es).toMatch(/Ahora recibe un tratamiento con 2 medicamentos, entre ellos carfilzomib \(Kd\)\./);
  });

  it("codes only: the same alert id (the fast path reads the same reading)", () => {
    expect(assessCompact(read(KD)).alerts.map((x) => x.id)).toContain(KIDNEY);
  });

  it("the clinician summary, which lists the critical alerts only, counts the warnings and points to them", () => {
    const summary = renderClinicianSummary(a, "text");
    const top = summary.slice(summary.indexOf("Summary"), summary.indexOf("Plan ahead"));
    expect(top).toMatch(/Critical alerts: none/);
    expect(top).toMatch(/Warnings: 2, in Alerts below/);
    expect(a.alerts.filter((x) => x.severity === "warning").map((x) => x.id)).toContain(KIDNEY);
  });

  it("control: the creatinine at 1.2 mg/dL raises no alert, no caution, and the handout says to keep going", () => {
    const b = assess(withCreatinine(1.2));
    expect(b.alerts.map((x) => x.id)).not.toContain(KIDNEY);
    expect(cautions(b, CONTINUE)).not.toMatch(/kidney impairment new/);
    expect(flat(renderHandout(b, "text"))).toMatch(/usual plan is to keep going with your current treatment/);
  });

  it("control: new kidney failure on DRd (no carfilzomib) has no carfilzomib words, and no 'keep going'", () => {
    const b = assess(read("review-c50-m08-frail80-drd-d21-creat-rise-anc0.8"));
    const alert = b.alerts.find((x) => x.id === KIDNEY);
    expect(alert?.text).toMatch(/bortezomib-based regimen/);
    expect(alert?.text).not.toMatch(/carfilzomib/);
    expect(alert?.citations).not.toContain("chari-2018-blood-adv");
    expect(cautions(b, CONTINUE)).not.toMatch(/Carfilzomib with kidney impairment/);
    expect(flat(renderHandout(b, "text"))).not.toMatch(/usual plan is to keep going/);
  });
});
