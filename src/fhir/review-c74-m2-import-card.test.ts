/** Review c74-m2 (report /work/review74/review.md; bundle r649, cilta-cel after four lines): the CDS card "9 EHR
 * record(s) could not be used; results may miss data" listed records that were read (stop reasons read, the
 * lymphodepletion joined to its CAR-T, lines inferred by the IMWG rule), hiding a real loss among them. Each import
 * warning now says whether the resource was read with a note (`kind: "note"`) or something in it was not used; the
 * card counts only the losses and lists the two groups apart. */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { assess } from "../engine/assess.js";
import { bundleToRecord } from "./bundle-to-record.js";
import { assessmentToCards } from "./cards.js";

const bundle = JSON.parse(
  readFileSync(
    join(import.meta.dirname, "__fixtures__/review-c74/r649-cilta-cel-after-4-lines.bundle.json"),
    "utf8",
  ),
);
const PATIENT = "https://ehr.example.org/fhir/Patient/pt-601";
const opts = { appBaseUrl: "https://mmnav.example.org", patientId: "p1", seed: "hook-1" };
const importCard = (b: unknown) => {
  const imported = bundleToRecord(b, { asOf: "2026-12-01" });
  const cards = assessmentToCards(assess(imported.record), { ...opts, importWarnings: imported.warnings });
  return { imported, card: cards.find((c) => /EHR record\(s\)/.test(c.summary)) };
};

describe("review c74-m2: the import card tells what was not used from what was read with a note", () => {
  it("r649: the stop reasons, the lymphodepletion and the inferred lines are notes; the card is information, not a loss", () => {
    const { imported, card } = importCard(bundle);
    const notes = imported.warnings.filter((w) => w.kind === "note");
    expect(notes.length).toBeGreaterThanOrEqual(6);
    expect(notes.some((w) => /read as stopReason/.test(w.message))).toBe(true);
    expect(notes.some((w) => /read as the lymphodepletion of/.test(w.message))).toBe(true);
    expect(notes.some((w) => /inferred by the IMWG rule/.test(w.message))).toBe(true);
    expect(imported.warnings.filter((w) => w.kind !== "note")).toEqual([]);
    expect(card?.summary).toBe(`${notes.length} EHR record(s) read with a note; please check`);
    expect(card?.indicator).toBe("info");
    expect(card?.detail).not.toContain("Not used");
  });
  it("a result without a unit beside them is a loss: counted alone in the summary, the notes listed apart", () => {
    const withLoss = structuredClone(bundle);
    withLoss.entry.push({
      resource: {
        resourceType: "Observation",
        id: "no-unit",
        status: "final",
        code: { coding: [{ system: "http://loinc.org", code: "718-7" }] },
        subject: { reference: PATIENT },
        effectiveDateTime: "2026-11-20",
        valueQuantity: { value: 9.1 },
      },
    });
    const { imported, card } = importCard(withLoss);
    const lost = imported.warnings.filter((w) => w.kind !== "note");
    expect(lost.map((w) => w.resource)).toEqual(["Observation/no-unit"]);
    expect(card?.summary).toBe("1 EHR record(s) could not be used; results may miss data");
    expect(card?.indicator).toBe("warning");
    expect(card?.detail).toMatch(/^\*\*Not used \(1\)\*\*\n\n- Observation\/no-unit: /);
    expect(card?.detail).toContain("**Read with a note: please check (");
  });
});
