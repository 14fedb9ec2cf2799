/** Review c63 (report /work/review63/review.md), the transplant findings U2, M1, M2 and m1: each case read the wrong
 * thing on engine 0.2.74. */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { assess } from "./assess.js";

// biome-ignore lint/suspicious/noExplicitAny: a vignette read as it is
type Rec = any;
const vignette = (name: string): Rec =>
  JSON.parse(readFileSync(join(import.meta.dirname, `../../examples/vignettes/${name}.json`), "utf8"));
const option = (a: ReturnType<typeof assess>, id: string) => a.options.find((o) => o.id === id);
const cautionsOf = (a: ReturnType<typeof assess>, id: string): string =>
  option(a, id)?.cautions.join(" | ") ?? "";

describe("c63-U2: myeloma with AL amyloidosis: the AL transplant soft gates (treatments.md 6) hold the myeloma transplant", () => {
  it("NYHA III, three organs, 73: the ASCT and the collection are held at consider with al.asct's cautions", () => {
    const a = assess(vignette("review-c63-mm-al-nyha3-3organs"));
    expect(a.diagnosis.alsoMeets).toContain("al-amyloidosis");
    for (const id of ["ndmm.te.asct", "pathway.te.stem-cell-collection"]) {
      const o = option(a, id);
      expect(o?.strength, id).toBe("consider");
      const c = cautionsOf(a, id);
      expect(c, id).toMatch(/AL amyloidosis met beside the myeloma/);
      expect(c, id).toMatch(/Age over 70: most centres use <=70 years/);
      expect(c, id).toMatch(/More than 2 organs involved/);
      expect(c, id).toMatch(/Soft gates \(UNVERIFIED in the reference\): NYHA I-II/);
      // The holds are al.asct's own adjustments (age over 70; NYHA III), shown with their values.
      expect(c, id).toMatch(/the AL soft gates are ECOG <=2 and age <=70 .*age: 73 years/);
      expect(c, id).toMatch(/the reference's eligibility list has NYHA I-II .*NYHA class: III/);
    }
  });

  it("NYHA II, heart involved, 60: the ASCT card names the AL involvement, and the soft gates met do not hold it", () => {
    const a = assess(vignette("review-c63-mm-cardiac-al-nyha2"));
    const c = cautionsOf(a, "ndmm.te.asct");
    expect(c).toMatch(/AL amyloidosis met beside the myeloma/);
    expect(c).not.toMatch(/More than 2 organs involved/);
    expect(c).not.toMatch(/Age over 70/);
    // Not held by the soft gates (NYHA II, one organ, 60, ECOG 1; the Mayo gates pass).
    expect(option(a, "ndmm.te.asct")?.strength).toBe("if-eligible");
  });
});

describe("c63-M1: heart failure with candidate yes raises the candidacy question; the ASCT card names the heart", () => {
  it("NYHA III, 64, fit: a candidacy-conflict warning naming cardiac function; the ASCT card says so, not held", () => {
    const a = assess(vignette("review-c63-nyha3-candidate-yes"));
    const alert = a.alerts.find((x) => x.id === "pathway.transplant-candidacy-conflict");
    expect(alert?.severity).toBe("warning");
    expect(alert?.text).toMatch(/cardiac function is recorded as impaired/);
    expect(alert?.text).not.toMatch(/fitness argues against/);
    const asct = option(a, "ndmm.te.asct");
    // No numeric cardiac cut-off for myeloma ASCT in the reference (criteria-and-scores 8.3): not held on it.
    expect(asct?.strength).toBe("if-eligible");
    expect(asct?.cautions.join(" ")).toMatch(/Cardiac function recorded as impaired/);
    expect(asct?.cautions.join(" ")).toMatch(/NYHA class: III/);
    expect(asct?.conditionalOn).toBe("transplant-candidate");
    const step = a.plan.find((s) => s.phase === "transplant");
    expect(step?.title).toMatch(
      /only if the care team confirms transplant candidacy: heart failure is recorded/,
    );
  });

  it("control: frail at 80 keeps its fitness wording", () => {
    const v = vignette("review-c63-nyha3-candidate-yes");
    const frail = assess({
      ...v,
      patient: { ...v.patient, age: 80 },
      fitness: { ecog: 3, adl: 3, iadl: 3, charlson: 2 },
      conditions: { ...v.conditions, heartFailure: false, nyhaClass: "I" },
    });
    const alert = frail.alerts.find((x) => x.id === "pathway.transplant-candidacy-conflict");
    expect(alert?.text).toMatch(/fitness argues against transplant-intensity therapy/);
    expect(alert?.text).not.toMatch(/cardiac function/);
    expect(cautionsOf(frail, "ndmm.te.asct")).not.toMatch(/Cardiac function recorded as impaired/);
  });
});

describe("c63-M2: high-risk cytogenetics after a first ASCT, no second recorded: a planned tandem ASCT is named", () => {
  it("del(17p), day 45 after the first ASCT: tandem ASCT 'consider', UNVERIFIED, in the post-transplant step", () => {
    const a = assess(vignette("review-c63-del17p-after-first-asct"));
    const t = option(a, "ndmm.te.tandem-asct");
    expect(t?.strength).toBe("consider");
    expect(t?.kind).toBe("stem-cell-transplant");
    expect(t?.verified).toBe(false);
    expect(t?.planPhase).toBe("post-transplant");
    const step = a.plan.find((s) => s.phase === "post-transplant");
    expect(step?.status).toBe("current");
    expect(step?.optionIds).toEqual(
      expect.arrayContaining(["ndmm.te.consolidation.d-vrd", "ndmm.te.tandem-asct"]),
    );
    expect(step?.title).toMatch(/tandem/);
    expect(step?.verified).toBe(false);
  });

  it("control: the completed tandem (two autografts read as one line) does not get it again", () => {
    const a = assess(vignette("review-c63-del17p-tandem-done"));
    expect(a.phase.priorLines).toBe(1);
    expect(option(a, "ndmm.te.tandem-asct")).toBeUndefined();
    expect(a.plan.find((s) => s.phase === "post-transplant")?.title).not.toMatch(/tandem/);
  });

  it("control: after the consolidation (c63-06) and without high-risk cytogenetics it is not offered", () => {
    expect(option(assess(vignette("review-c63-del17p-maint-choice")), "ndmm.te.tandem-asct")).toBeUndefined();
    const r = vignette("review-c63-del17p-after-first-asct");
    const standard = assess({
      ...r,
      cytogenetics: { ...r.cytogenetics, del17p: false, del17pClonalFraction: null },
    });
    expect(option(standard, "ndmm.te.tandem-asct")).toBeUndefined();
  });
});

describe("c63-m1: lenalidomide maintenance for high-risk cytogenetics names the PI-containing maintenance", () => {
  it("del(17p) after ASCT and consolidation: a caution, strength unchanged", () => {
    const a = assess(vignette("review-c63-del17p-maint-choice"));
    const r = option(a, "maint.lenalidomide");
    expect(r?.strength).toBe("standard");
    expect(r?.cautions.join(" ")).toMatch(
      /High-risk cytogenetics: the reference lists proteasome-inhibitor-containing maintenance \(bortezomib, V or VR\).*UNVERIFIED/,
    );
  });

  it("control: standard risk has no such caution", () => {
    const v = vignette("review-c63-del17p-maint-choice");
    const a = assess({
      ...v,
      cytogenetics: { ...v.cytogenetics, del17p: false, del17pClonalFraction: null },
    });
    expect(cautionsOf(a, "maint.lenalidomide")).not.toMatch(/proteasome-inhibitor-containing maintenance/);
  });
});
