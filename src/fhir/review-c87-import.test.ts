/** Review c87 (report /work/review87/review.md; records /work/review87/records, copied to __fixtures__/review-c87): the
 * EHR path. U2: an allergy written "Revlimid (lenalidomide)" was not matched and vanished into the unused records; U3:
 * kappa 600 / lambda 4 mg/L with no light-chain type recorded were dropped (SLiM myeloma read as likely smouldering);
 * M3: aspirin for VTE prophylaxis and anti-infective prophylaxis were "not a myeloma therapy ... not used", then asked
 * for and offered; m1: ECOG sent as a LOINC answer code was not read. */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { assess } from "../engine/assess.js";
import { bundleToRecord } from "./bundle-to-record.js";
import { assessmentToCards } from "./cards.js";
import { recordToBundle } from "./record-to-bundle.js";

const ASOF = "2026-12-07";
type Bundle = { entry: { resource: Record<string, unknown> }[] };
const load = (name: string): Bundle =>
  JSON.parse(readFileSync(join(import.meta.dirname, `__fixtures__/review-c87/${name}.bundle.json`), "utf8"));
const byId = (b: Bundle, id: string) =>
  b.entry.find((e) => e.resource.id === id)?.resource as Record<string, unknown>;
const opts = { appBaseUrl: "https://mmnav.example.org", patientId: "p1", seed: "hook-c87" };
const cardsOf = (b: Bundle) => {
  const imported = bundleToRecord(b, { asOf: ASOF });
  const assessment = assess(imported.record);
  return {
    imported,
    assessment,
    cards: assessmentToCards(assessment, {
      ...opts,
      importWarnings: imported.warnings,
      conditionHints: imported.conditionHints,
    }),
  };
};
const about = (ws: { resource: string; message: string; kind?: string }[], ref: string) =>
  ws.filter((w) => w.resource.split(", ").includes(ref));

describe("review c87-U2: an allergy written 'Brand (generic)' is matched", () => {
  const v16 = () => load("v16-te-ndmm-lenalidomide-sjs");
  const withText = (text: string) => {
    const b = v16();
    byId(b, "all-16").code = { text };
    return bundleToRecord(b, { asOf: ASOF });
  };
  it("v16: 'Revlimid (lenalidomide)' is the lenalidomide allergy, with its criticality, reaction and date", () => {
    const { record, warnings } = bundleToRecord(v16(), { asOf: ASOF });
    expect(record.allergies).toEqual([
      {
        substance: "lenalidomide",
        criticality: "high",
        reaction: "Stevens-Johnson syndrome",
        date: "2021-05-02",
      },
    ]);
    expect(about(warnings, "AllergyIntolerance/all-16")).toEqual([]);
  });
  it("v16: no lenalidomide option is above 'consider', and each names the allergy first", () => {
    const { assessment } = cardsOf(v16());
    const len = assessment.options.filter((o) => o.regimen?.drugs.includes("lenalidomide"));
    expect(len.length).toBeGreaterThan(0);
    for (const o of len) {
      expect(o.strength, o.id).toBe("consider");
      expect(o.allergies, o.id).toContain("lenalidomide");
    }
  });
  it("the other forms an EHR writes: 'generic (Brand)', ' - ', '/', ',' and ';'", () => {
    for (const text of [
      "lenalidomide (Revlimid)",
      "Revlimid - lenalidomide",
      "REVLIMID/LENALIDOMIDE",
      "Lenalidomide, Revlimid",
      "Revlimid; lenalidomide 25 mg",
      "Lenalidomide - rash",
    ])
      expect(withText(text).record.allergies?.[0]?.substance, text).toBe("lenalidomide");
  });
  it("never a partial word: a misspelt or hyphenated name is not matched", () => {
    for (const text of ["Revlimide (lenalidomid)", "non-thalidomide sedative", "Pomalidomidex"]) {
      const { record, warnings } = withText(text);
      expect(record.allergies, text).toBeUndefined();
      expect(
        about(warnings, "AllergyIntolerance/all-16").map((w) => w.kind),
        text,
      ).toEqual(["drug-allergy-not-read"]);
    }
  });
  it("an unmatched drug allergy is its own warning card, not a line among the unused records", () => {
    const b = v16();
    byId(b, "all-16").code = { text: "Zorbanex (experimental)" };
    const { cards } = cardsOf(b);
    const allergyCard = cards.find((c) => c.summary.startsWith("Drug allergy not read"));
    expect(allergyCard?.summary).toBe(
      "Drug allergy not read: 'Zorbanex (experimental)'; options are not checked against it",
    );
    expect(allergyCard?.indicator).toBe("warning");
    expect(allergyCard?.detail).toContain("AllergyIntolerance/all-16");
    expect(allergyCard?.detail).toContain("Stevens-Johnson syndrome");
    const importCard = cards.find((c) => /EHR record\(s\)/.test(c.summary));
    expect(importCard?.detail ?? "").not.toContain("Zorbanex");
  });
  it("control: a food allergy not read stays an ordinary import warning (not a drug allergy)", () => {
    const b = v16();
    const a = byId(b, "all-16");
    a.code = { text: "Peanut" };
    a.category = ["food"];
    const { imported, cards } = cardsOf(b);
    expect(about(imported.warnings, "AllergyIntolerance/all-16").map((w) => w.kind)).toEqual([undefined]);
    expect(cards.some((c) => c.summary.startsWith("Drug allergy not read"))).toBe(false);
  });
});

describe("review c87-U3: free light chains with no light-chain type read from the ratio's direction", () => {
  const v19 = () => load("v19-smm-no-isotype-flc-ratio-high");
  const setFlc = (b: Bundle, kappa: number, lambda: number) => {
    (byId(b, "obs-2").valueQuantity as Record<string, unknown>).value = kappa;
    (byId(b, "obs-3").valueQuantity as Record<string, unknown>).value = lambda;
    return b;
  };
  it("v19: kappa 600 / lambda 4 (ratio 150, above 1.65): kappa involved, said in a note and in provenance", () => {
    const { record, warnings, provenance } = bundleToRecord(v19(), { asOf: ASOF });
    expect(record.labs?.involvedFreeLightChain).toMatchObject({
      value: 600,
      unit: "mg/L",
      date: "2026-11-23",
    });
    expect(record.labs?.uninvolvedFreeLightChain).toMatchObject({ value: 4, unit: "mg/L" });
    expect(record.labs?.lightChain).toBeUndefined();
    const notes = about(warnings, "Observation/obs-2").filter((w) => w.kind === "note");
    expect(notes.map((w) => w.message).join(" ")).toMatch(
      /light-chain type.*not recorded.*kappa read as the involved.*ratio 150.*0\.26-1\.65/,
    );
    expect(about(warnings, "Observation/obs-2").filter((w) => w.kind !== "note")).toEqual([]);
    expect(provenance["labs.involvedFreeLightChain"]).toMatch(
      /^Observation\/obs-2 .*kappa\/lambda ratio 150/,
    );
    expect(provenance["labs.uninvolvedFreeLightChain"]).toMatch(/^Observation\/obs-3/);
  });
  it("v19: SLiM myeloma, not 'likely smouldering' with active monitoring", () => {
    const { assessment, cards } = cardsOf(v19());
    expect(assessment.diagnosis.category).toBe("multiple-myeloma");
    expect(assessment.options.some((o) => o.id === "smm.monitoring")).toBe(false);
    expect(cards.map((c) => c.detail).join("\n")).not.toContain("serum free light chains not measured");
  });
  it("a ratio below 0.26: lambda involved", () => {
    const { record } = bundleToRecord(setFlc(v19(), 4, 600), { asOf: ASOF });
    expect(record.labs?.involvedFreeLightChain).toMatchObject({ value: 600 });
    expect(record.labs?.uninvolvedFreeLightChain).toMatchObject({ value: 4 });
  });
  it("a ratio within 0.26-1.65: both still not used, with words that say why", () => {
    const { record, warnings } = bundleToRecord(setFlc(v19(), 15, 12), { asOf: ASOF });
    expect(record.labs?.involvedFreeLightChain).toBeUndefined();
    expect(record.labs?.uninvolvedFreeLightChain).toBeUndefined();
    const said = about(warnings, "Observation/obs-2").map((w) => w.message);
    expect(said.join(" ")).toMatch(/within the normal range 0\.26-1\.65.*record labs\.lightChain/);
  });
  it("at the limits (1.65 and 0.26 exactly): within the range, not used", () => {
    for (const [k, l] of [
      [16.5, 10],
      [2.6, 10],
    ] as const) {
      const { record } = bundleToRecord(setFlc(v19(), k, l), { asOf: ASOF });
      expect(record.labs?.involvedFreeLightChain, `${k}/${l}`).toBeUndefined();
    }
  });
  it("no kappa and lambda of one day: not used, said", () => {
    const b = v19();
    byId(b, "obs-3").effectiveDateTime = "2026-10-01";
    const { record, warnings } = bundleToRecord(b, { asOf: ASOF });
    expect(record.labs?.involvedFreeLightChain).toBeUndefined();
    expect(
      about(warnings, "Observation/obs-2")
        .map((w) => w.message)
        .join(" "),
    ).toMatch(/no kappa and lambda of one day/);
  });
  it("days whose ratios point opposite ways: not used, said", () => {
    const b = v19();
    b.entry.push(
      {
        resource: {
          ...structuredClone(byId(b, "obs-2")),
          id: "k-old",
          effectiveDateTime: "2026-06-01",
          valueQuantity: { value: 4, unit: "mg/L", system: "http://unitsofmeasure.org", code: "mg/L" },
        },
      },
      {
        resource: {
          ...structuredClone(byId(b, "obs-3")),
          id: "l-old",
          effectiveDateTime: "2026-06-01",
          valueQuantity: { value: 300, unit: "mg/L", system: "http://unitsofmeasure.org", code: "mg/L" },
        },
      },
    );
    const { record, warnings } = bundleToRecord(b, { asOf: ASOF });
    expect(record.labs?.involvedFreeLightChain).toBeUndefined();
    expect(
      about(warnings, "Observation/obs-2")
        .map((w) => w.message)
        .join(" "),
    ).toMatch(/opposite/);
  });
  it("control: with the light-chain type recorded, the recorded type decides (no ratio note)", () => {
    const b = v19();
    b.entry.push({
      resource: {
        resourceType: "Observation",
        id: "lc",
        status: "final",
        code: {
          coding: [
            { system: "https://myeloma-navigator.org/fhir/CodeSystem/record-field", code: "labs.lightChain" },
          ],
        },
        subject: { reference: "Patient/rv87-v19" },
        effectiveDateTime: "2026-11-23",
        valueString: "kappa",
      },
    });
    const { record, warnings } = bundleToRecord(b, { asOf: ASOF });
    expect(record.labs?.involvedFreeLightChain).toMatchObject({ value: 600 });
    expect(warnings.some((w) => /ratio/.test(w.message) && w.resource.includes("obs-2"))).toBe(false);
  });
});

describe("review c87-M3: thromboprophylaxis and anti-infective prophylaxis given are read", () => {
  it("v03: aspirin 'for VTE prophylaxis' (active order) is conditions.anticoagulation 'prophylactic', noted", () => {
    const { imported, assessment } = cardsOf(load("v03-te-dvrd-week3"));
    expect(imported.record.conditions?.anticoagulation).toBe("prophylactic");
    expect(imported.provenance["conditions.anticoagulation"]).toBe("MedicationRequest/med-5");
    const w = about(imported.warnings, "MedicationRequest/med-5");
    expect(w.map((x) => x.kind)).toEqual(["note"]);
    expect(w[0]?.message).toMatch(/aspirin.*prophylactic/);
    expect(assessment.missingData.some((m) => m.field === "conditions.anticoagulation")).toBe(false);
  });
  it("v03: aciclovir prophylaxis (active order) is conditions.infectionProphylaxis 'hsv-vzv', noted, and the card says it is taken", () => {
    const { imported, assessment, cards } = cardsOf(load("v03-te-dvrd-week3"));
    expect(imported.record.conditions?.infectionProphylaxis).toEqual(["hsv-vzv"]);
    expect(imported.provenance["conditions.infectionProphylaxis"]).toBe("MedicationRequest/med-6");
    const w = about(imported.warnings, "MedicationRequest/med-6");
    expect(w.map((x) => x.kind)).toEqual(["note"]);
    expect(w[0]?.message).toMatch(/aciclovir: anti-infective prophylaxis taken now.*not a myeloma therapy/);
    const importCard = cards.find((c) => /EHR record\(s\)/.test(c.summary));
    const [notUsed] = (importCard?.detail ?? "").split("**Read with a note");
    expect(notUsed).not.toContain("MedicationRequest/med-6");
    // The HSV/VZV card no longer reads as a new start (review c87-M3 rest).
    const hsv = assessment.options.find((o) => o.id === "sc.infection.hsv-vzv");
    expect(hsv?.cautions[0]).toMatch(/^Taken now/);
    expect(assessment.phase?.currentLine).toBe(1);
  });
  it("v06: valaciclovir and TMP-SMX after CAR-T are read as taken now, HSV/VZV and PJP", () => {
    const { record, warnings } = bundleToRecord(load("v06-cilta-cel-day30"), { asOf: ASOF });
    for (const ref of ["MedicationStatement/med-16", "MedicationStatement/med-17"]) {
      const w = about(warnings, ref);
      expect(
        w.map((x) => x.kind),
        ref,
      ).toEqual(["note"]);
      expect(w[0]?.message, ref).toMatch(/anti-infective prophylaxis taken now/);
    }
    expect(record.conditions?.infectionProphylaxis).toEqual(["hsv-vzv", "pjp"]);
    const a = assess(record);
    for (const id of ["sc.infection.hsv-vzv", "sc.infection.pjp"])
      expect(a.options.find((o) => o.id === id)?.cautions[0], id).toMatch(/^Taken now/);
  });
  it("conditions.infectionProphylaxis survives record -> FHIR -> record, an empty list ('none recorded') too", () => {
    const record = JSON.parse(
      readFileSync(
        join(
          import.meta.dirname,
          "../../examples/vignettes/review-c87-m3-dvrd-week-3-prophylaxis-taken.json",
        ),
        "utf8",
      ),
    );
    for (const given of [["hsv-vzv", "antibacterial"], []]) {
      record.conditions.infectionProphylaxis = given;
      const back = bundleToRecord(recordToBundle(record) as never, { asOf: record.asOf }).record;
      expect(back.conditions?.infectionProphylaxis, JSON.stringify(given)).toEqual(given);
    }
  });
  it("an anti-infective stopped, or ended before asOf: a note, not read as taken now", () => {
    const b = load("v06-cilta-cel-day30");
    byId(b, "med-16").status = "completed";
    byId(b, "med-16").effectivePeriod = { start: "2026-10-01", end: "2026-11-01" };
    const { record, warnings } = bundleToRecord(b, { asOf: ASOF });
    expect(record.conditions?.infectionProphylaxis).toEqual(["pjp"]);
    expect(about(warnings, "MedicationStatement/med-16")[0]?.message).toMatch(/not taken now.*not used/);
  });
  it("aspirin stopped, or ended before asOf: not read as anticoagulation now", () => {
    const b = load("v04-post-asct-len-maintenance");
    byId(b, "med-7").status = "completed";
    byId(b, "med-7").effectivePeriod = { start: "2026-06-15", end: "2026-09-01" };
    const { record } = bundleToRecord(b, { asOf: ASOF });
    expect(record.conditions?.anticoagulation).toBeUndefined();
  });
  it("aspirin beside an anticoagulant taken now at treatment dose: therapeutic (aspirin does not make it conflicting)", () => {
    const b = load("v04-post-asct-len-maintenance");
    b.entry.push({
      resource: {
        resourceType: "MedicationStatement",
        id: "apx",
        status: "active",
        medicationCodeableConcept: { text: "apixaban" },
        subject: { reference: "Patient/rv87-v04" },
        effectivePeriod: { start: "2026-10-01" },
        dosage: [{ text: "5 mg twice daily, therapeutic" }],
      },
    });
    const { record } = bundleToRecord(b, { asOf: ASOF });
    expect(record.conditions?.anticoagulation).toBe("therapeutic");
  });
});

describe("review c87-m1: ECOG as a LOINC answer code", () => {
  const withEcog = (code: string) => {
    const b = load("v16-te-ndmm-lenalidomide-sjs");
    byId(b, "obs-17").valueCodeableConcept = { coding: [{ system: "http://loinc.org", code }] };
    return bundleToRecord(b, { asOf: ASOF });
  };
  it("v16: LA9622-7 is ECOG 0", () => {
    const { record, warnings } = bundleToRecord(load("v16-te-ndmm-lenalidomide-sjs"), { asOf: ASOF });
    expect(record.fitness?.ecog).toBe(0);
    expect(about(warnings, "Observation/obs-17")).toEqual([]);
  });
  it("LA9623-5 .. LA9626-8 are ECOG 1 to 4", () => {
    expect(
      ["LA9623-5", "LA9624-3", "LA9625-0", "LA9626-8"].map((c) => withEcog(c).record.fitness?.ecog),
    ).toEqual([1, 2, 3, 4]);
  });
  it("LA9627-6 (ECOG 5, dead) and an unknown answer are not read, said", () => {
    for (const code of ["LA9627-6", "LA4489-6"]) {
      const { record, warnings } = withEcog(code);
      expect(record.fitness?.ecog, code).toBeUndefined();
      expect(
        about(warnings, "Observation/obs-17")
          .map((w) => w.message)
          .join(" "),
        code,
      ).toMatch(/fitness\.ecog/);
    }
  });
});
