/** Review c17 (stop 24): a solitary plasmacytoma three weeks into its definitive radiotherapy was called
 * "untreated: No therapy recorded", and its handout said "You have not had treatment for it yet" and "Your
 * care team will plan treatment for the one spot". Definitive involved-site radiotherapy is the primary
 * treatment of a solitary plasmacytoma, follow-up every 3-6 months after it (treatments.md 1; nccn-mm-2026,
 * caers-2018-jho); it is no line of myeloma therapy (rajkumar-2015-blood-lines). Vignette
 * examples/vignettes/review-c17-plasmacytoma-radiotherapy-week-3.json: bone plasmacytoma, radiotherapy from
 * 2026-11-11 with no end date, as of 2026-12-02. After the radiotherapy (sp-bone-after-radiotherapy.json) the
 * handout also said the team would "plan treatment for the one spot". Entries recorded that are no line
 * (an excision, radiation beside myeloma, an anticoagulant) were called "No therapy recorded", and the handout
 * said "You have not had treatment for it yet" after an operation. */
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { renderHandout } from "../render/handout.js";
import { EN } from "../render/words/en.js";
import { ES } from "../render/words/es.js";
import { assess } from "./assess.js";
import { assessCompact } from "./compact.js";

type Rec = Record<string, unknown>;
const read = (path: string): Rec =>
  JSON.parse(readFileSync(new URL(`../../examples/${path}.json`, import.meta.url), "utf8")) as Rec;
const onRt = read("vignettes/review-c17-plasmacytoma-radiotherapy-week-3");
const afterRt = read("vignettes/sp-bone-after-radiotherapy");
const withHistory = (r: Rec, treatmentHistory: Rec[]): Rec => ({ ...r, treatmentHistory });
const oneLine = (s: string) => s.replace(/\s+/g, " ");

describe("c17: a solitary plasmacytoma during its definitive radiotherapy", () => {
  it("is in the radiotherapy phase, not untreated, with no line of myeloma therapy", () => {
    const a = assess(onRt);
    expect(a.phase.code).toBe("radiotherapy");
    expect(a.phase.reason).toContain("radiotherapy, from 2026-11-11) is being given (as of 2026-12-02)");
    expect(a.phase.priorLines).toBe(0);
    expect(a.phase.currentRegimen).toBeNull();
    expect(a.phase.rules.map((r) => r.ruleId)).toEqual(["phase.plasmacytoma-on-radiotherapy"]);
    expect(a.linesOfTherapy.count).toBe(0);
    // The compact view (screen --compact) says the same phase.
    expect(assessCompact(onRt, { defaultAsOf: "2026-12-02" }).phase).toBe("radiotherapy");
  });

  it("with its end date recorded the radiotherapy is finished and follow-up comes next", () => {
    const course = { regimen: "radiotherapy", drugs: [], start: "2026-11-11" };
    const done = assess(withHistory(onRt, [{ ...course, end: "2026-12-02" }]));
    expect(done.phase.code).toBe("line-finished");
    expect(done.options.map((o) => o.id)).toEqual(["sp.after-radiotherapy.follow-up"]);
    // An earlier course finished and a second one being given: the second is what the patient is on.
    const second = assess(withHistory(onRt, [{ ...course, start: "2026-06-01", end: "2026-06-20" }, course]));
    expect(second.phase.code).toBe("radiotherapy");
  });

  it("the handout says radiation is being given now, in English and Spanish, and never 'no treatment yet'", () => {
    const a = assess(onRt);
    const en = oneLine(renderHandout(a, "text", EN));
    expect(en).toContain(EN.phase.radiotherapy.now);
    expect(en).not.toContain(EN.phase.untreated.now);
    expect(en).not.toContain(EN.nextFallback.plasmacytoma);
    const es = oneLine(renderHandout(a, "text", ES));
    expect(es).toContain(ES.phase.radiotherapy.now);
    expect(es).not.toContain(ES.nextFallback.plasmacytoma);
  });

  it("after the radiotherapy the handout speaks of follow-up, not of planning treatment", () => {
    const en = oneLine(renderHandout(assess(afterRt), "text", EN));
    expect(en).toContain(EN.nextAfterRadiotherapy);
    expect(en).not.toContain(EN.nextFallback.plasmacytoma);
    // Before any radiotherapy the treatment is still to plan.
    const before = oneLine(renderHandout(assess(withHistory(onRt, [])), "text", EN));
    expect(before).toContain(EN.nextFallback.plasmacytoma);
  });

  it("radiotherapy beside active myeloma (palliative) is no radiotherapy phase, and no 'no treatment yet'", () => {
    const mm = read("diagnosis/multiple-myeloma");
    const a = assess(
      withHistory({ ...mm, asOf: "2026-12-02" }, [
        { regimen: "radiotherapy", drugs: [], start: "2026-11-20" },
      ]),
    );
    expect(a.diagnosis.category).toBe("multiple-myeloma");
    expect(a.phase.code).toBe("untreated");
    expect(a.phase.reason).toBe(
      "No line of myeloma therapy recorded (recorded, and no line: radiotherapy, from 2026-11-20).",
    );
    const en = oneLine(renderHandout(a, "text", EN));
    expect(en).toContain(EN.untreatedLocalTherapy);
    expect(en).not.toContain(EN.phase.untreated.now);
  });
});

describe("c17: entries recorded that are no line are never 'No therapy recorded'", () => {
  const emp = read("diagnosis/solitary-plasmacytoma-extramedullary");
  const excised = withHistory({ ...emp, asOf: "2026-12-02" }, [
    { regimen: "surgical excision", drugs: [], start: "2026-11-01", end: "2026-11-01" },
  ]);

  it("an extramedullary plasmacytoma after excision names the excision, and radiotherapy is still offered", () => {
    const a = assess(excised);
    expect(a.phase.code).toBe("untreated");
    expect(a.phase.reason).toBe(
      "No line of myeloma therapy recorded (recorded, and no line: surgical excision, from 2026-11-01).",
    );
    // treatments.md 1: excision followed by radiotherapy; the radiotherapy is still ahead.
    expect(a.options.map((o) => o.id)).toContain("sp.extramedullary.radiotherapy");
    const es = oneLine(renderHandout(a, "text", ES));
    expect(es).toContain(ES.untreatedLocalTherapy);
    expect(es).not.toContain(ES.phase.untreated.now);
  });

  it("with nothing in the treatment history the words stay 'No therapy recorded' / no treatment yet", () => {
    const a = assess(withHistory({ ...emp, asOf: "2026-12-02" }, []));
    expect(a.phase.reason).toBe("No therapy recorded.");
    expect(oneLine(renderHandout(a, "text", EN))).toContain(EN.phase.untreated.now);
  });
});

describe("c17: the radiotherapy option while the course is under way", () => {
  const UNDER_WAY = /^Recorded as being given now: this is the treatment under way/;
  const emp = read("diagnosis/solitary-plasmacytoma-extramedullary");
  const rt = { regimen: "radiotherapy", drugs: [], start: "2026-11-20" };

  it("says it is the treatment under way, and says nothing of the kind before it starts", () => {
    const during = assess(onRt).options.find((o) => o.id === "sp.bone.radiotherapy");
    expect(during?.cautions[0]).toMatch(UNDER_WAY);
    const before = assess(withHistory(onRt, [])).options.find((o) => o.id === "sp.bone.radiotherapy");
    expect(before?.cautions.some((c) => UNDER_WAY.test(c))).toBe(false);
  });

  it("an extramedullary plasmacytoma on radiotherapy is not offered excision first (NCCN: RT +/- surgery)", () => {
    const before = assess(withHistory({ ...emp, asOf: "2026-12-02" }, []));
    expect(before.options.map((o) => o.id)).toEqual([
      "sp.extramedullary.radiotherapy",
      "sp.extramedullary.excision",
    ]);
    const during = assess(withHistory({ ...emp, asOf: "2026-12-02" }, [rt]));
    expect(during.phase.code).toBe("radiotherapy");
    expect(during.options.map((o) => o.id)).toEqual(["sp.extramedullary.radiotherapy"]);
    expect(during.options[0]?.cautions[0]).toMatch(UNDER_WAY);
  });
});
