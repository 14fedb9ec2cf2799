/** Spanish words that refer to the patient are right for every reader: a woman is never "lo" (review-c7-20:
 * "Su equipo médico lo vigilará" to a woman with smoldering myeloma). The Assessment does not carry the
 * patient's sex, so the words take forms that need no gender ("le", or the disease as the object) rather
 * than a masculine default; checked for a woman, a man and a record without sex. */
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { assess } from "../engine/assess.js";
import { renderHandout } from "./handout.js";
import { renderPatientSummary } from "./patient.js";
import { ES } from "./words/es.js";

const record = JSON.parse(
  readFileSync(
    new URL("../../examples/vignettes/handout-spanish-smm-high-risk-woman.json", import.meta.url),
    "utf8",
  ),
);
const withSex = (sex: "female" | "male" | null) => {
  const { sex: _given, ...patient } = record.patient;
  return { ...record, patient: sex === null ? patient : { ...patient, sex } };
};
const flat = (s: string) => s.replace(/\s+/g, " ");

/** Object pronouns and adjectives with a gender that the texts could use for the reader. */
const GENDERED_FOR_READER =
  /\b(lo|la) (vigilará|vigilarán|revisará|revisarán|controlará|atenderá)\b|\btranquil[oa]\b/i;

describe("Spanish patient texts: no gendered word for the reader", () => {
  it("the vignette is a woman with smoldering myeloma", () => {
    expect(record.patient.sex).toBe("female");
    expect(assess(record).diagnosis.category).toBe("smoldering-myeloma");
  });

  for (const sex of ["female", "male"] as const) {
    it(`sex ${sex}: the handout and the full summary say 'le', never 'lo' or 'la'`, () => {
      const a = assess(withSex(sex));
      const handout = flat(renderHandout(a, "text", ES));
      expect(handout).not.toMatch(GENDERED_FOR_READER);
      expect(handout).toContain("Su equipo puede proponerle vigilar la enfermedad de cerca");
      expect(flat(renderPatientSummary(a, "text", ES))).not.toMatch(GENDERED_FOR_READER);
    });
  }

  it("sex not recorded (the category is then left open): no gendered word either", () => {
    const a = assess(withSex(null));
    expect(flat(renderHandout(a, "text", ES))).not.toMatch(GENDERED_FOR_READER);
    expect(flat(renderPatientSummary(a, "text", ES))).not.toMatch(GENDERED_FOR_READER);
  });

  it("no Spanish patient text of any situation uses them", () => {
    const all = [
      ...Object.values(ES.nextFallback),
      ES.nextAfterRadiotherapy,
      ES.untreatedLocalTherapy,
      ...Object.values(ES.framing),
      ...Object.values(ES.phase).flatMap((p) => Object.values(p)),
      ES.patientText("smm.monitoring", "") ?? "",
    ];
    for (const t of all) expect(t).not.toMatch(GENDERED_FOR_READER);
  });
});
