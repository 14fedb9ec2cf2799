/** Review c87-M3 (rest): anti-infective prophylaxis already taken (treatments.md 8c: HSV/VZV with PIs and anti-CD38
 * antibodies; levofloxacin for the first 12 weeks, TEAMM; PJP with T-cell redirection) was unknown to the cards, which
 * offered it as if it were a new start. The record now says it (`conditions.infectionProphylaxis`), or a treatment entry
 * of the drug running on asOf does, and the card says it is taken now: the question is how long, not whether to start. */
import { describe, expect, it } from "vitest";
import { normalizeRecord } from "../model/facts.js";
import { readVignette } from "../testing/example-records.js";
import { assess } from "./assess.js";

const TAKEN = "review-c87-m3-dvrd-week-3-prophylaxis-taken";
const ENTRY = "review-c87-m3-dvrd-week-3-aciclovir-entry";
// biome-ignore lint/suspicious/noExplicitAny: a vignette read as JSON
const cautionsOf = (r: any, id: string): string[] => {
  const o = assess(r).options.find((x) => x.id === id);
  expect(o, id).toBeDefined();
  return [...(o?.cautions ?? [])];
};
const takenNow = /taken now/i;

describe("review c87-M3: prophylaxis recorded as taken now", () => {
  it("D-VRd week 3 with aciclovir and levofloxacin recorded: both cards say they are taken now, first among cautions", () => {
    const r = readVignette(TAKEN);
    for (const id of ["sc.infection.hsv-vzv", "sc.infection.levofloxacin"]) {
      const cautions = cautionsOf(r, id);
      expect(cautions[0], id).toMatch(takenNow);
      expect(cautions[0], id).toMatch(/continue/i);
    }
    // The card's strength and place do not change: it is still the standard prophylaxis to discuss.
    const a = assess(r);
    expect(a.options.find((o) => o.id === "sc.infection.hsv-vzv")?.strength).toBe("standard");
  });
  it("the same patient with none recorded ([]), or with the field absent: no 'taken now' words", () => {
    for (const p of [[], undefined]) {
      const r = readVignette(TAKEN);
      if (p === undefined) delete r.conditions.infectionProphylaxis;
      else r.conditions.infectionProphylaxis = p;
      for (const id of ["sc.infection.hsv-vzv", "sc.infection.levofloxacin"])
        expect(
          cautionsOf(r, id).some((t) => takenNow.test(t)),
          `${id} ${JSON.stringify(p)}`,
        ).toBe(false);
    }
  });
  it("only what is recorded: aciclovir alone leaves the levofloxacin card a new start", () => {
    const r = readVignette(TAKEN);
    r.conditions.infectionProphylaxis = ["hsv-vzv"];
    expect(cautionsOf(r, "sc.infection.hsv-vzv")[0]).toMatch(takenNow);
    expect(cautionsOf(r, "sc.infection.levofloxacin").some((t) => takenNow.test(t))).toBe(false);
  });
  it("an aciclovir treatment entry running on asOf reads as taken now, and is no line of myeloma therapy", () => {
    const r = readVignette(ENTRY);
    const a = assess(r);
    expect(cautionsOf(r, "sc.infection.hsv-vzv")[0]).toMatch(takenNow);
    expect(a.phase?.currentLine).toBe(1);
    // Ended before asOf: not taken now.
    r.treatmentHistory[1].end = "2026-11-20";
    expect(cautionsOf(r, "sc.infection.hsv-vzv").some((t) => takenNow.test(t))).toBe(false);
  });
  it("after CAR-T, TMP-SMX recorded: the PJP card says it is taken now", () => {
    const r = readVignette(TAKEN);
    r.conditions.infectionProphylaxis = ["pjp"];
    r.treatmentHistory = [
      {
        regimen: "VRd",
        drugs: ["bortezomib", "lenalidomide", "dexamethasone"],
        start: "2024-01-10",
        end: "2024-06-01",
      },
      {
        regimen: "DPd",
        drugs: ["daratumumab", "pomalidomide", "dexamethasone"],
        start: "2025-01-10",
        end: "2026-06-01",
      },
      { regimen: "Cilta-cel", drugs: ["ciltacabtagene autoleucel"], start: "2026-10-01", end: "2026-10-01" },
    ];
    expect(cautionsOf(r, "sc.infection.pjp")[0]).toMatch(takenNow);
  });
  it("a value outside the list is refused with the field named and the values expected", () => {
    const r = readVignette(TAKEN);
    r.conditions.infectionProphylaxis = ["antifungal"];
    const n = normalizeRecord(r);
    expect(n.ok).toBe(false);
    if (!n.ok) {
      const issue = n.issues.find((i) => i.path.startsWith("conditions.infectionProphylaxis"));
      expect(issue?.message).toMatch(/hsv-vzv/);
    }
  });
});
