/** Review c8-07 (failing on c8-lines 5a06f2c): high-risk smouldering myeloma, 2 years on AQUILA
 * daratumumab with a PR, was shown as "Multiple myeloma, previously treated", phase induction, next step
 * stem cell collection and ASCT. examples/vignettes/smm-aquila-daratumumab-month-24.json records the
 * entry's new `setting: "smoldering-myeloma"`; -setting-unrecorded.json is the reviewer's record as given.
 * Sources: treatments.md 2b (AQUILA row: daratumumab SC up to 39 cycles / 36 months or until progression;
 * dimopoulos-2025-nejm-aquila), criteria-and-scores 1.2 (SMM: no myeloma-defining event). */
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { buildHandout, handoutLines } from "../render/handout.js";
import { EN } from "../render/words/en.js";
import { ES } from "../render/words/es.js";
import type { HandoutWords } from "../render/words/types.js";
import { optionIds as ids, shownOption as opt } from "../testing/options.js";
import { assess } from "./assess.js";
import type { Assessment } from "./assessment.js";

const record = (name: string): Record<string, unknown> =>
  JSON.parse(readFileSync(new URL(`../../examples/vignettes/${name}.json`, import.meta.url), "utf8"));
const vignette = (name: string): Assessment => assess(record(name));
const handout = (a: Assessment, w: HandoutWords = EN) =>
  handoutLines(buildHandout(a, w)).join(" ").replace(/\s+/g, " ");
const UNRECORDED = "alert.treatment-setting-unrecorded";

describe("high-risk SMM on AQUILA daratumumab, setting recorded", () => {
  const a = vignette("smm-aquila-daratumumab-month-24");

  it("keeps the smouldering myeloma category, as treated SMM (no myeloma-defining event recorded)", () => {
    expect(a.diagnosis.category).toBe("smoldering-myeloma");
    expect(a.diagnosis.treated).toBe(true);
    const kept = a.diagnosis.criteria.find((c) => c.id === "imwg2014.treated-smm-keeps-category");
    expect(kept?.status).toBe("met");
  });

  it("the phase is SMM therapy of fixed duration, not induction; no line of myeloma therapy", () => {
    expect(a.phase?.code).toBe("smoldering-therapy");
    expect(a.phase?.currentRegimen).toBe("Daratumumab SC (AQUILA)");
    expect(a.phase?.priorLines).toBe(0);
    expect(a.phase?.reason).toMatch(/up to 39 cycles \/ 36 months/);
    expect(a.phase?.reason).toMatch(/month 25/);
  });

  it("no transplant pathway: no collection, ASCT or maintenance, no plan steps", () => {
    expect(a.plan).toEqual([]);
    expect(a.options.some((o) => o.kind === "stem-cell-transplant" || o.kind === "maintenance")).toBe(false);
    expect(ids(a)).not.toContain("pathway.te.stem-cell-collection");
    expect(ids(a)).not.toContain("pathway.continue-current-line");
  });

  it("continue daratumumab to its fixed duration, and SMM monitoring, with AQUILA cited", () => {
    const cont = opt(a, "smm.on-therapy.continue-daratumumab");
    expect(cont.strength).toBe("standard");
    expect(cont.citations).toContain("dimopoulos-2025-nejm-aquila");
    expect(cont.title).toMatch(/39 cycles|36 months/);
    const watch = opt(a, "smm.on-therapy.monitoring");
    expect(watch.kind).toBe("observation");
    // Not offered again as a new start.
    expect(ids(a)).not.toContain("smm.high-risk.daratumumab-sc");
  });

  it("the handout speaks of smouldering myeloma, never of a transplant (English and Spanish)", () => {
    expect(handout(a)).not.toMatch(/transplant/i);
    expect(handout(a)).toContain(EN.category["smoldering-myeloma"].name);
    expect(handout(a, ES)).not.toMatch(/trasplante/i);
  });

  it("no setting warning when the setting is recorded", () => {
    expect(a.alerts.find((x) => x.id === UNRECORDED)).toBeUndefined();
  });
});

describe("the same record with no setting: never guessed silently", () => {
  const a = vignette("smm-aquila-daratumumab-setting-unrecorded");

  it("a warning asks the team to record the setting; the category is not changed by a guess", () => {
    const al = a.alerts.find((x) => x.id === UNRECORDED);
    expect(al?.severity).toBe("warning");
    expect(al?.text).toMatch(/setting/);
    expect(al?.text).toMatch(/smoldering-myeloma/);
    expect(al?.citations).toContain("dimopoulos-2025-nejm-aquila");
    expect(a.diagnosis.category).toBe("multiple-myeloma");
  });

  it("not raised for daratumumab in a combination (a myeloma regimen)", () => {
    const rec = record("smm-aquila-daratumumab-setting-unrecorded") as {
      treatmentHistory: { drugs: string[] }[];
    };
    rec.treatmentHistory[0]!.drugs = ["daratumumab", "lenalidomide", "dexamethasone"];
    expect(assess(rec).alerts.find((x) => x.id === UNRECORDED)).toBeUndefined();
  });
});
