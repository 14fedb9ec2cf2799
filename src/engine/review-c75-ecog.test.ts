/** Review c75-M1 and c75-m1 (report /work/review75/review.md; records r710, r711, r714, r558; control r556).
 * treatments.md 4: DRd is the "doublet-backbone standard for frail/older patients", Isa-VRd the "quadruplet for fit TIE
 * patients <=80"; criteria-and-scores 8.2: ECOG >= 2 scores 2 points on the simplified frailty scale, ">=2 = frail".
 * Which score decides the ranking the reference does not say: the reading is this project's, UNVERIFIED.
 * M1: with ECOG 2-3 and an IMWG score that is not frail, D-VRd was still the first "Top option" (standard) ahead of
 * DRd and full-dose VRd "standard", while their own cautions said "not a first choice"; the handout marked neither.
 * Now the quadruplets and full-dose VRd are "consider" (as for the IMWG-frail r556), DRd first, and the handout marks
 * them "may be too strong for you" (EN, ES).
 * m1: ECOG not recorded in a transplant-ineligible patient (78, IMWG intermediate): the quadruplets stay preferred and
 * ECOG was not asked. Now `fitness.ecog` is in missingData and D-VRd says it too; no strength changes. */
import { describe, expect, it } from "vitest";
import {
  ECOG_2_OR_MORE_NOT_IMWG_FRAIL,
  ECOG_NOT_RECORDED_TIE,
} from "../knowledge/entries/newly-diagnosed.js";
import { isFitnessAdjustment, KNOWLEDGE_ENTRIES } from "../knowledge/index.js";
import { renderHandout } from "../render/handout.js";
import { EN } from "../render/words/en.js";
import { ES } from "../render/words/es.js";
import type { HandoutWords } from "../render/words/types.js";
import { readVignette } from "../testing/example-records.js";
import { cautionsOf as cautions, firstLineStrengths as firstLine } from "../testing/options.js";
import { assess } from "./assess.js";
import type { Assessment } from "./assessment.js";

const ECOG2_80 = "review-c75-tie-80-ecog2-imwg-intermediate";
const ECOG2_72_FIT = "review-c75-tie-72-ecog2-imwg-fit";
const ECOG3_79 = "review-c73-m1-tie-79-ecog3-imwg-intermediate";
const ECOG_MISSING_78 = "review-c75-tie-78-ecog-missing";
const FRAIL_79 = "review-c73-m2-tie-79-adl4-iadl5-frail";
const FIT_70 = "review-c73-tie-70-fit";

const flat = (s: string) => s.replace(/\s+/g, " ");
/** The handout's option lines, and the one naming a regimen code. */
const optionLines = (a: Assessment, w: HandoutWords) =>
  renderHandout(a, "text", w)
    .replace(/\n {4}/g, " ")
    .split("\n")
    .filter((l) => l.startsWith("  - "));
const lineOf = (lines: string[], code: string) => lines.find((l) => l.includes(`(${code})`)) ?? "";
const asked = (a: Assessment) => a.missingData.map((m) => m.field);

const ECOG_WORDS = "ECOG performance status 2 or more: frail on the simplified frailty scale (Facon 2020)";
/** The options ECOG >= 2 lowers: both quadruplets of the reference's TIE list, D-VMP and full-dose VRd. */
const HELD = ["ndmm.tie.d-vrd", "ndmm.tie.isa-vrd", "ndmm.tie.d-vmp", "ndmm.vrd"];
const ECOG_NOT_RECORDED_WORDS = "ECOG performance status not recorded";

describe("review c75-M1: ECOG 2 or more with an IMWG score that is not frail", () => {
  for (const name of [ECOG2_80, ECOG2_72_FIT, ECOG3_79])
    it(`${name}: DRd first and the only standard; the quadruplets and full-dose VRd consider, with the ECOG caution`, () => {
      const a = assess(readVignette(name));
      expect(a.fitness.simplifiedFrailty.group).toBe("frail");
      expect(a.fitness.imwgFrailty.group).not.toBe("frail");
      expect(firstLine(a)[0]).toBe("ndmm.tie.drd standard");
      for (const id of HELD) {
        const o = a.options.find((x) => x.id === id);
        expect(o?.strength, id).toBe("consider");
        expect(cautions(a, id), id).toContain(ECOG_WORDS);
        expect(cautions(a, id), id).toContain("the reference does not say which score decides the regimen");
        expect(o?.verified, id).toBe(false);
      }
      expect(firstLine(a).filter((x) => !x.endsWith("consider"))).toEqual(["ndmm.tie.drd standard"]);
    });

  for (const name of [ECOG2_80, ECOG2_72_FIT, ECOG3_79])
    it(`${name}: the handout marks D-VRd, Isa-VRd, D-VMP and VRd "may be too strong", as for an IMWG-frail patient (EN, ES)`, () => {
      const a = assess(readVignette(name));
      for (const w of [EN, ES]) {
        const lines = optionLines(a, w);
        expect(lines[0], w.marks.mayBeTooStrong).toContain("(DRd)");
        for (const code of ["D-VRd", "Isa-VRd", "D-VMP", "VRd"]) {
          expect(lineOf(lines, code), code).toContain(w.marks.mayBeTooStrong);
          expect(lineOf(lines, code), code).not.toContain(w.marks.studiedInFitter);
        }
        expect(lineOf(lines, "DRd")).not.toContain(w.marks.mayBeTooStrong);
        // VRd-lite (listed from age 76 or IMWG intermediate), a reduced-intensity choice: not marked.
        for (const l of lines.filter((x) => x.includes("(VRd-lite)")))
          expect(l).not.toContain(w.marks.mayBeTooStrong);
        expect(flat(renderHandout(a, "text", w)).split(flat(w.optionsFitness))).toHaveLength(2);
      }
    });

  it("the same order and marks as the IMWG-frail twin at 79 (r556) for the quadruplets and full-dose VRd", () => {
    const frail = assess(readVignette(FRAIL_79));
    for (const id of HELD) expect(frail.options.find((o) => o.id === id)?.strength, id).toBe("consider");
    expect(firstLine(frail)[0]).toBe("ndmm.tie.drd standard");
    // The IMWG-frail patient keeps its own (frailty) reasons, not the ECOG ones.
    for (const id of HELD) expect(cautions(frail, id), id).not.toContain(ECOG_WORDS);
  });

  it("ECOG 1 at 79 (the ECOG-3 record changed): both quadruplets preferred, nothing marked", () => {
    const r = readVignette(ECOG3_79);
    r.fitness.ecog = 1;
    const a = assess(r);
    expect(firstLine(a).slice(0, 2)).toEqual(["ndmm.tie.d-vrd preferred", "ndmm.tie.isa-vrd preferred"]);
    for (const l of optionLines(a, EN)) expect(l).not.toContain(EN.marks.mayBeTooStrong);
  });

  it("every ECOG >= 2 adjustment reads one condition, lowers to consider, weighs fitness and is UNVERIFIED", () => {
    const found = KNOWLEDGE_ENTRIES.flatMap((e) =>
      (e.adjust ?? [])
        .filter((x) => x.when === ECOG_2_OR_MORE_NOT_IMWG_FRAIL)
        .map((x) => ({ ruleId: `${e.id}.adjust.${x.id}`, x, entry: e.id })),
    );
    expect(found.map((f) => f.entry).sort()).toEqual([...HELD].sort());
    for (const { ruleId, x } of found) {
      expect(x.to, ruleId).toBe("consider");
      expect(x.weighs, ruleId).toBe("fitness");
      expect(isFitnessAdjustment(ruleId), ruleId).toBe(true);
      expect(x.evidence, ruleId).toBe("unverified");
    }
  });
});

describe("review c75-m1: ECOG not recorded in transplant-ineligible newly diagnosed myeloma", () => {
  const a = assess(readVignette(ECOG_MISSING_78));

  it("fitness.ecog is asked, for the frailty scale and the regimen ranking", () => {
    const m = a.missingData.find((x) => x.field === "fitness.ecog");
    expect(m).toBeDefined();
    expect(m?.neededFor).toContain("simplified frailty scale");
  });

  it("no strength changes (the quadruplets stay preferred); D-VRd says ECOG is not recorded", () => {
    expect(firstLine(a).slice(0, 2)).toEqual(["ndmm.tie.d-vrd preferred", "ndmm.tie.isa-vrd preferred"]);
    expect(cautions(a, "ndmm.tie.d-vrd")).toContain(ECOG_NOT_RECORDED_WORDS);
    // Isa-VRd keeps its own sentence (intermediate from age alone, ECOG not recorded), once.
    expect(cautions(a, "ndmm.tie.isa-vrd").split(ECOG_NOT_RECORDED_WORDS)).toHaveLength(2);
    expect(cautions(a, "ndmm.tie.drd")).not.toContain(ECOG_NOT_RECORDED_WORDS);
  });

  it("one condition for the question and the caution", () => {
    const dvrd = KNOWLEDGE_ENTRIES.find((e) => e.id === "ndmm.tie.d-vrd");
    expect(dvrd?.cautions.some((c) => c.when === ECOG_NOT_RECORDED_TIE)).toBe(true);
  });

  it("controls: ECOG recorded, a transplant candidate, over 80, IMWG frail, or relapsed: not asked", () => {
    expect(asked(assess(readVignette(FIT_70)))).not.toContain("fitness.ecog");
    const te = readVignette(ECOG_MISSING_78);
    te.patient.age = 60;
    te.transplant.candidate = "yes";
    expect(asked(assess(te))).not.toContain("fitness.ecog");
    const old = readVignette(ECOG_MISSING_78);
    old.patient.age = 82;
    expect(asked(assess(old))).not.toContain("fitness.ecog");
    const frail = readVignette(FRAIL_79);
    delete frail.fitness.ecog;
    const f = assess(frail);
    expect(f.fitness.imwgFrailty.group).toBe("frail");
    expect(asked(f)).not.toContain("fitness.ecog");
    expect(cautions(f, "ndmm.tie.d-vrd")).not.toContain(ECOG_NOT_RECORDED_WORDS);
    const relapsed = readVignette("review-c73-pvd-1st-relapse-len-sensitive");
    delete relapsed.fitness.ecog;
    expect(asked(assess(relapsed))).not.toContain("fitness.ecog");
  });
});
