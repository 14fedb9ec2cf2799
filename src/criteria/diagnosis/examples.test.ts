import { readdirSync, readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { normalizeRecord } from "../../model/facts.js";
import { classifyDiagnosis } from "./diagnosis.js";

const dir = fileURLToPath(new URL("../../../examples/diagnosis/", import.meta.url));
const expected = JSON.parse(readFileSync(`${dir}expected.json`, "utf8")) as Record<
  string,
  { category: string; likely: string | null }
>;
const files = readdirSync(dir).filter((f) => f.endsWith(".json") && f !== "expected.json");

describe("examples/diagnosis", () => {
  it("every example has an expected category and every expectation has an example", () => {
    expect(files.sort()).toEqual(Object.keys(expected).sort());
  });

  it.each(files)("%s is a valid PatientRecord with id and asOf, classified as expected", (file) => {
    const raw = JSON.parse(readFileSync(`${dir}${file}`, "utf8")) as { id?: string; asOf?: string };
    expect(raw.id).toBeTruthy();
    expect(raw.asOf).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    const res = normalizeRecord(raw);
    if (!res.ok) throw new Error(`${file}: ${JSON.stringify(res.issues)}`);
    const d = classifyDiagnosis(res.facts);
    expect({ category: d.category, likely: d.likely }).toEqual(expected[file]);
  });

  it("the multiple-myeloma example is complete enough for staging, options and the web app", () => {
    const res = normalizeRecord(JSON.parse(readFileSync(`${dir}multiple-myeloma.json`, "utf8")));
    if (!res.ok) throw new Error("invalid");
    const f = res.facts;
    for (const k of [
      "beta2Microglobulin",
      "albumin",
      "ldh",
      "creatinine",
      "calcium",
      "hemoglobin",
    ] as const) {
      expect(f.labs[k], k).not.toBeNull();
    }
    expect(f.labs.ldh?.upperLimitOfNormal).not.toBeNull();
    expect(f.patient).toMatchObject({ age: 67, sex: "female" });
    expect(f.patient.weightKg).not.toBeNull();
    for (const k of ["del17p", "t4_14", "t14_16", "t14_20", "gain1q", "del1p32", "tp53Mutation"] as const) {
      expect(f.cytogenetics[k], k).not.toBeNull();
    }
    for (const k of ["ecog", "adl", "iadl", "charlson"] as const) expect(f.fitness[k], k).not.toBeNull();
    const d = classifyDiagnosis(f);
    expect(d.subtype).toBe("IgG-kappa");
    expect(d.couldChangeWith).toEqual([]);
  });

  it("the treated example stays multiple myeloma although today's values alone look like MGUS or less", () => {
    const res = normalizeRecord(JSON.parse(readFileSync(`${dir}treated-myeloma-in-remission.json`, "utf8")));
    if (!res.ok) throw new Error("invalid");
    const d = classifyDiagnosis(res.facts);
    expect(d.treated).toBe(true);
    expect(d.onCurrentValues?.category).not.toBe("multiple-myeloma");
  });
});
