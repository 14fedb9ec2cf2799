/** Review c77 (report /work/review77/review.md): c77-W1, a relapse with acute kidney injury from the myeloma and the
 * team's attribution recorded (conditions.kidneyImpairmentFromMyeloma): the IMWG 2016 clinical-relapse creatinine item
 * reads the attribution (criteria-and-scores.md 6.2), the options name the IMWG renal rule (treatments.md 3b VCd row,
 * 8c renal protection: bortezomib-based therapy with high-dose dexamethasone early, at least the first month), an
 * option without bortezomib is no first choice while the injury is active (the project's reading, UNVERIFIED), and the
 * handout says the team's cause; c77-m1, on dialysis (recorded) the field is not asked again. Vignettes from the
 * review's records r773, r788 and r775. */
import { describe, expect, it } from "vitest";
import { toFacts } from "../model/facts.js";
import { topOptions } from "../render/clinician.js";
import { renderHandout } from "../render/handout.js";
import { EN } from "../render/words/en.js";
import { ES } from "../render/words/es.js";
import { readVignette } from "../testing/example-records.js";
import { assess, assessFactsWith } from "./assess.js";
import type { Assessment, AssessmentOption } from "./assessment.js";
import { evaluateKnowledgeReference } from "./knowledge-reference.js";

const ATTRIBUTED = "review-c77-relapse-cast-nephropathy-attributed";
const NOT_RECORDED = "review-c77-relapse-cast-nephropathy-attribution-not-recorded";
const DIALYSIS = "review-c77-second-relapse-on-dialysis";
const FIELD = "conditions.kidneyImpairmentFromMyeloma";

/** The words every systemic option carries while the myeloma kidney injury is active. */
const RULE = "the IMWG renal recommendation is bortezomib-based therapy with high-dose dexamethasone early";
const BORTEZOMIB_BASED = "This regimen is bortezomib-based";
const NOT_BORTEZOMIB = "This regimen is not bortezomib-based, so it does not follow that rule";

const systemic = (a: Assessment): AssessmentOption[] =>
  a.options.filter((o) => o.kind !== "supportive-care" && o.regimen !== null);
const withBortezomib = (o: AssessmentOption) => o.regimen?.drugs.includes("bortezomib") === true;
const caution = (o: AssessmentOption, words: string) => o.cautions.find((c) => c.includes(words));
const opt = (a: Assessment, id: string) => a.options.find((o) => o.id === id);
const progressionText = (a: Assessment) => a.alerts.find((x) => x.id === "response.progression")?.text ?? "";
/** The handout as plain text on one line (the text format wraps its lines). */
const page = (a: Assessment, w: typeof EN) => renderHandout(a, "text", w).replace(/\s+/g, " ");
const creatinineItem = (a: Assessment) =>
  a.response.clinicalRelapse?.items.find((i) => i.id === "creatinine-rise");

/** r773 with the attribution recorded `value` (undefined: deleted). */
function withAttribution(value: boolean | undefined) {
  const r = readVignette(ATTRIBUTED);
  if (value === undefined) delete r.conditions.kidneyImpairmentFromMyeloma;
  else r.conditions.kidneyImpairmentFromMyeloma = value;
  return r;
}

describe("review c77-W1: the clinical-relapse creatinine item reads the team's attribution (criteria-and-scores 6.2)", () => {
  it("attributed (true): MET outright, said as the team's attribution, not 'if the team confirms'", () => {
    const a = assess(readVignette(ATTRIBUTED));
    expect(creatinineItem(a)?.met).toBe(true);
    expect(creatinineItem(a)?.attribution).toBe(true);
    const text = progressionText(a);
    expect(text).toContain(
      "Clinical relapse (IMWG 2016): met: creatinine rise >= 2 mg/dL from the line start: MET",
    );
    expect(text).toContain("attributed to myeloma by the team");
    expect(text).not.toContain("if the team confirms");
    expect(a.missingData.some((m) => m.field === FIELD)).toBe(false);
  });
  it("recorded false: the rise is not counted", () => {
    const a = assess(withAttribution(false));
    expect(creatinineItem(a)?.met).toBe(false);
    expect(progressionText(a)).toContain("recorded as not due to the myeloma");
    expect(a.missingData.some((m) => m.field === FIELD)).toBe(false);
  });
  it("the kidney alert says the attribution as recorded (true, false), and 'only when attributable' when not recorded", () => {
    const kidney = (a: Assessment) =>
      a.alerts.find((x) => x.id === "alert.kidney-new-on-treatment")?.text ?? "";
    const yes = kidney(assess(readVignette(ATTRIBUTED)));
    expect(yes).toContain("The care team has recorded it as caused by the myeloma");
    expect(yes).toContain("an IMWG 2016 clinical-relapse item, attributed to the myeloma by the team");
    expect(yes).not.toContain("only when attributable");
    const no = kidney(assess(withAttribution(false)));
    expect(no).toContain("recorded it as not caused by the myeloma");
    expect(no).toContain("not counted as an IMWG 2016 clinical-relapse item");
    const open = kidney(assess(readVignette(NOT_RECORDED)));
    expect(open).toContain("It counts for the myeloma only when attributable to it");
    expect(open).toContain("an IMWG 2016 clinical-relapse item if it is attributable to the myeloma");
  });
  it("not recorded (r788), the rise present: the field is asked for the clinical relapse; the item stays conditional", () => {
    const a = assess(readVignette(NOT_RECORDED));
    const asked = a.missingData.find((m) => m.field === FIELD);
    expect(asked?.neededFor).toContain("IMWG clinical relapse");
    expect(progressionText(a)).toContain("met if the team confirms the cause");
    expect(creatinineItem(a)?.attribution).toBeUndefined();
  });
});

describe("review c77-W1: options while the myeloma kidney injury is active (treatments.md 3b VCd row, 8c)", () => {
  for (const [label, name] of [
    ["attributed", ATTRIBUTED],
    ["attribution not recorded", NOT_RECORDED],
  ] as const)
    it(`${label}: every systemic option names the IMWG renal rule; bortezomib ones say so, the others are no first choice`, () => {
      const a = assess(readVignette(name));
      const options = systemic(a);
      expect(options.length).toBeGreaterThan(5);
      for (const o of options) {
        expect(caution(o, RULE), o.id).toBeDefined();
        expect(o.citations, o.id).toContain("dimopoulos-2016-jco-renal");
        if (withBortezomib(o)) {
          expect(caution(o, BORTEZOMIB_BASED), o.id).toBeDefined();
          expect(caution(o, NOT_BORTEZOMIB), o.id).toBeUndefined();
        } else {
          expect(o.strength, o.id).not.toBe("preferred");
          expect(caution(o, NOT_BORTEZOMIB), o.id).toContain("UNVERIFIED");
          expect(o.verified, o.id).toBe(false);
          // Re-check c78-m1: attributed, no first choice is "consider"; not recorded, the words say "if attributed".
          if (name === ATTRIBUTED) {
            expect(["consider", "trial"], o.id).toContain(o.strength);
            expect(caution(o, NOT_BORTEZOMIB), o.id).toContain("not a first choice while the kidney injury");
          } else expect(caution(o, NOT_BORTEZOMIB), o.id).toContain("applies if the team attributes");
        }
      }
      for (const id of ["rr.dvd", "rr.xvd", "rr.pvd", "rr.bvd"])
        expect(caution(opt(a, id)!, BORTEZOMIB_BASED), id).toBeDefined();
      // Tec-Dara, the first choice with normal kidneys: "consider" when attributed, "standard" when not recorded.
      expect(opt(a, "rr.tec-dara")?.strength).toBe(name === ATTRIBUTED ? "consider" : "standard");
      // No dose is invented for the dexamethasone.
      expect(caution(opt(a, "rr.dvd")!, RULE)).toContain("the reference gives no dose");
    });
  it("age over 75: a bortezomib option says the reference does not say whether the high dose or 20 mg weekly wins", () => {
    const r = readVignette(ATTRIBUTED);
    r.patient.age = 80;
    const dvd = opt(assess(r), "rr.dvd")!;
    expect(
      caution(dvd, "does not say whether the high-dose dexamethasone of myeloma kidney injury"),
    ).toBeDefined();
  });
  it("recorded false: no option changes for the kidney", () => {
    const a = assess(withAttribution(false));
    for (const o of a.options) expect(caution(o, RULE), o.id).toBeUndefined();
    expect(opt(a, "rr.tec-dara")?.strength).toBe("preferred");
  });
  it("control: the same relapse with normal kidneys (attribution recorded from before): Tec-Dara preferred, no kidney caution", () => {
    const r = readVignette(ATTRIBUTED);
    for (const p of r.series.creatinine) p.value = 1.0;
    r.labs.creatinine.value = 1.0;
    const a = assess(r);
    expect(opt(a, "rr.tec-dara")?.strength).toBe("preferred");
    for (const o of a.options) expect(caution(o, RULE), o.id).toBeUndefined();
    expect(a.missingData.some((m) => m.field === FIELD)).toBe(false);
  });
  it("control: newly diagnosed renal myeloma unchanged (VCd preferred, no relapse caution; not recorded: asked for VCd only)", () => {
    const a = assess(readVignette("review-c23-ndmm-58-cast-nephropathy-untreated"));
    expect(opt(a, "ndmm.renal.vcd")?.strength).toBe("preferred");
    for (const o of a.options) expect(caution(o, RULE), o.id).toBeUndefined();
    const r = readVignette("review-c23-ndmm-58-cast-nephropathy-untreated");
    delete r.conditions.kidneyImpairmentFromMyeloma;
    const asked = assess(r).missingData.filter((m) => m.field === FIELD);
    expect(asked).toHaveLength(1);
    expect(asked[0]?.neededFor).not.toContain("IMWG clinical relapse");
  });
  it("the fast path and the reference implementation agree on these records", () => {
    for (const r of [
      readVignette(ATTRIBUTED),
      readVignette(NOT_RECORDED),
      withAttribution(false),
      readVignette(DIALYSIS),
    ]) {
      const facts = toFacts(r, { defaultAsOf: r.asOf });
      const fast = JSON.stringify(assessFactsWith(facts, { jurisdiction: "both" }, {}));
      const ref = JSON.stringify(
        assessFactsWith(facts, { jurisdiction: "both" }, { evaluator: evaluateKnowledgeReference }),
      );
      expect(fast).toBe(ref);
    }
  });
});

describe("review c77-W1: the handout says the team's cause (EN and ES)", () => {
  it("attributed: 'because of the myeloma. This needs treatment soon.', bortezomib usually first (re-check c78-m1)", () => {
    const a = assess(readVignette(ATTRIBUTED));
    const en = page(a, EN);
    expect(en).toContain(
      "Your kidney tests have become worse because of the myeloma. This needs treatment soon. When the myeloma harms the kidneys, treatments with bortezomib are usually chosen first.",
    );
    expect(en).not.toContain("It may be the myeloma, or something else");
    const es = page(a, ES);
    expect(es).toContain(ES.kidneyFromMyelomaOnTreatment);
    expect(es).not.toContain("Puede ser el mieloma u otra cosa");
  });
  it("re-check c78-m2: recorded false, the handout says the team found it is not the myeloma (EN, ES)", () => {
    const a = assess(withAttribution(false));
    expect(page(a, EN)).toContain(EN.kidneyNotFromMyelomaOnTreatment);
    expect(page(a, EN)).not.toContain("It may be the myeloma, or something else");
    expect(page(a, ES)).toContain(ES.kidneyNotFromMyelomaOnTreatment);
    expect(page(a, ES)).not.toContain("Puede ser el mieloma u otra cosa");
  });
  it("re-check c78-m1: attributed, every systemic option above 'consider' is bortezomib-based, and they head the top options", () => {
    const a = assess(readVignette(ATTRIBUTED));
    const above = systemic(a).filter((o) => o.strength === "preferred" || o.strength === "standard");
    expect(above.map((o) => o.id)).toEqual(["rr.dvd", "rr.xvd"]);
    expect(
      topOptions(a)
        .slice(0, 2)
        .map((o) => o.id),
    ).toEqual(["rr.dvd", "rr.xvd"]);
  });
  it("not recorded: the words stay 'may be the myeloma, or something else'", () => {
    const a = assess(readVignette(NOT_RECORDED));
    expect(page(a, EN)).toContain("It may be the myeloma, or something else");
    expect(page(a, ES)).toContain("Puede ser el mieloma u otra cosa");
  });
});

describe("review c77-m1: on dialysis (recorded), conditions.renalFailureOnDialysis is not asked", () => {
  for (const name of [DIALYSIS, "review-c19-dialysis-relapse-on-rd-len-refractory"])
    it(name, () => {
      const a = assess(readVignette(name));
      expect(a.missingData.some((m) => m.field === "conditions.renalFailureOnDialysis")).toBe(false);
      expect(a.response.clinicalRelapse?.items.find((i) => i.id === "creatinine-rise")?.onDialysis).toBe(
        true,
      );
      expect(progressionText(a)).toContain("on dialysis, creatinine does not measure the kidney");
    });
});
