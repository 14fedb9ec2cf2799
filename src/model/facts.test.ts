import { describe, expect, it } from "vitest";
import { MmnavError } from "./errors.js";
import { normalizeRecord, toFacts } from "./facts.js";
import { LAB_QUANTITY_FIELDS } from "./record.js";
import { UNIT_SPECS } from "./units.js";

describe("normalizeRecord", () => {
  it("keeps absent and unknown values as null, never as normal", () => {
    const f = toFacts({
      asOf: "2026-01-01",
      labs: { calcium: "unknown", creatinine: null },
      cytogenetics: { del17p: "unknown" },
    });
    expect(f.labs.calcium).toBeNull();
    expect(f.labs.creatinine).toBeNull();
    expect(f.labs.hemoglobin).toBeNull();
    expect(f.cytogenetics.del17p).toBeNull();
    expect(f.cytogenetics.t4_14).toBeNull();
    expect(f.marrow.clonalPlasmaCellPercent).toBeNull();
    expect(f.imaging.performed).toBeNull();
  });

  it("converts to canonical units and keeps what the lab reported", () => {
    const f = toFacts({ asOf: "2026-01-01", labs: { creatinine: { value: 150, unit: "µmol/L" } } });
    expect(f.labs.creatinine?.value).toBeCloseTo(1.697, 3);
    expect(f.labs.creatinine?.unit).toBe("mg/dL");
    expect(f.labs.creatinine?.reported).toEqual({ value: 150, unit: "umol/L" });
  });

  it("converts reference limits with their value", () => {
    const f = toFacts({
      asOf: "2026-01-01",
      labs: { calcium: { value: 2.6, unit: "mmol/L", upperLimitOfNormal: 2.55 } },
    });
    expect(f.labs.calcium?.upperLimitOfNormal).toBeCloseTo(2.55 * 4.008, 3);
  });

  it("reports every problem at once: a misspelt field does not hide a wrong unit elsewhere", () => {
    const r = normalizeRecord({
      labs: {
        creatinin: { value: 1, unit: "mg/dL" },
        hemoglobin: { value: 120, unit: "g/dL" },
        calcium: { value: 10, unit: "furlongs" },
      },
      patient: { age: "old", weight: { value: 70, unit: "mg/dL" } },
      series: { serumMProtein: [{ date: "2026-01-01", value: 300, unit: "g/dL" }] },
    });
    expect(r.ok).toBe(false);
    if (!r.ok) {
      expect(r.issues.map((i) => i.path).sort()).toEqual([
        "asOf",
        "labs.calcium",
        "labs.creatinin",
        "labs.hemoglobin",
        "patient.age",
        "patient.weight",
        "series.serumMProtein.0",
      ]);
      expect(r.issues.find((i) => i.path === "labs.hemoglobin")?.message).toMatch(/g\/L/);
    }
  });

  it("a field the schema refuses is reported once, not again as a unit problem", () => {
    const r = normalizeRecord({ asOf: "2026-01-01", labs: { creatinine: { value: "1.1", unit: "mg/dL" } } });
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.issues.map((i) => i.path)).toEqual(["labs.creatinine.value"]);
  });

  it("refuses a misspelt field and suggests the right one", () => {
    const r = normalizeRecord({ asOf: "2026-01-01", labs: { creatinin: { value: 1, unit: "mg/dL" } } });
    expect(r.ok).toBe(false);
    if (!r.ok) {
      expect(r.issues).toEqual([
        { path: "labs.creatinin", message: '"creatinin" is not a field of labs; did you mean "creatinine"?' },
      ]);
    }
  });

  it("names the field and the expected unit for a unit slip", () => {
    const r = normalizeRecord({ asOf: "2026-01-01", labs: { creatinine: { value: 150, unit: "mg/dL" } } });
    expect(r.ok).toBe(false);
    if (!r.ok) {
      expect(r.issues[0]?.path).toBe("labs.creatinine");
      expect(r.issues[0]?.message).toMatch(/umol\/L/);
    }
  });

  it("lists every problem, with precise paths, for a wrong type and a bad date", () => {
    const r = normalizeRecord({
      asOf: "2026-01-01",
      labs: { calcium: { value: "high", unit: "mg/dL" } },
      treatmentHistory: [{ regimen: "VRd", drugs: ["bortezomib"], start: "2024-02-30" }],
    });
    expect(r.ok).toBe(false);
    if (!r.ok) {
      expect(r.issues.map((i) => i.path)).toEqual(["labs.calcium.value", "treatmentHistory.0.start"]);
    }
  });

  it("needs asOf from the record or the caller", () => {
    expect(normalizeRecord({}).ok).toBe(false);
    expect(normalizeRecord({}, { defaultAsOf: "2026-11-27" }).ok).toBe(true);
  });

  it("sorts series by date and converts mixed units", () => {
    const f = toFacts({
      asOf: "2026-01-01",
      series: {
        serumMProtein: [
          { date: "2025-03-01", value: 20, unit: "g/L" },
          { date: "2025-01-01", value: 3, unit: "g/dL" },
        ],
      },
    });
    expect(f.series.serumMProtein.map((p) => [p.date, p.value])).toEqual([
      ["2025-01-01", 3],
      ["2025-03-01", 2],
    ]);
  });

  it("orders points and treatment lines oldest first, those of one date in the record's order, sorted or not as they came", () => {
    const point = (date: string, value: number) => ({ date, value, unit: "g/dL" });
    const line = (regimen: string, start: string) => ({ regimen, drugs: ["bortezomib"], start });
    const inOrder = [
      point("2025-01-01", 1),
      point("2025-02-01", 2),
      point("2025-02-01", 3),
      point("2025-03-01", 4),
    ];
    const outOfOrder = [
      point("2025-03-01", 4),
      point("2025-02-01", 2),
      point("2025-01-01", 1),
      point("2025-02-01", 3),
    ];
    const lines = [
      line("A", "2024-01-01"),
      line("B", "2024-05-01"),
      line("C", "2024-05-01"),
      line("D", "2025-01-01"),
    ];
    for (const [points, history] of [
      [inOrder, lines],
      [outOfOrder, [lines[3]!, lines[1]!, lines[0]!, lines[2]!]],
    ] as const) {
      const f = toFacts({ asOf: "2026-01-01", series: { serumMProtein: points }, treatmentHistory: history });
      expect(f.series.serumMProtein.map((p) => p.reported.value)).toEqual([1, 2, 3, 4]);
      expect(f.treatmentHistory.map((t) => t.regimen)).toEqual(["A", "B", "C", "D"]);
    }
  });

  it("lists labs and series in the schema's order, every lab quantity present (the JSON output's key order)", () => {
    const f = toFacts({ asOf: "2026-01-01" });
    expect(Object.keys(f.labs)).toEqual([
      ...LAB_QUANTITY_FIELDS,
      "heavyChain",
      "lightChain",
      "serumImmunofixation",
      "urineImmunofixation",
      "hepatitisBSurfaceAntigen",
      "hepatitisBCoreAntibody",
    ]);
    expect(Object.keys(f.series)).toEqual([
      ...LAB_QUANTITY_FIELDS,
      "serumImmunofixation",
      "urineImmunofixation",
      "clonalPlasmaCellPercent",
      "mrd",
    ]);
  });

  it("reports unit issues in the record's order: labs, then series, then the patient", () => {
    const r = normalizeRecord({
      asOf: "2026-01-01",
      patient: { weight: { value: 70, unit: "L" } },
      series: { calcium: [{ date: "2025-01-01", value: 1, unit: "kg" }] },
      labs: { igm: { value: 1, unit: "kg" }, serumMProtein: { value: 1, unit: "kg" } },
    });
    expect(r.ok).toBe(false);
    if (!r.ok)
      expect(r.issues.map((i) => i.path)).toEqual([
        "labs.serumMProtein",
        "labs.igm",
        "series.calcium.0",
        "patient.weight",
      ]);
  });

  /** The labs of a record as JSON makes them, and the same labs as an object without a prototype:
   * the first are walked key by key, the second read by name (src/model/facts.ts, labsOf). */
  const bothWays = (labs: Record<string, unknown>) =>
    [labs, Object.assign(Object.create(null), labs)].map((l) =>
      normalizeRecord({ asOf: "2026-01-01", labs: l }),
    );

  it("gives the same labs walked key by key as read by name, for every lab field in any key order", () => {
    const labs: Record<string, unknown> = {
      heavyChain: "IgG",
      lightChain: "kappa",
      serumImmunofixation: "positive",
      urineImmunofixation: "unknown",
    };
    for (const [i, k] of [...LAB_QUANTITY_FIELDS].reverse().entries())
      labs[k] =
        i % 5 === 0
          ? "unknown"
          : { value: (UNIT_SPECS[k].plausible[1] * (i + 1)) / 50, unit: UNIT_SPECS[k].canonical };
    labs.calcium = { value: 2.5, unit: "mmol/L", upperLimitOfNormal: 2.6, lowerLimitOfNormal: 2.1 };
    const [walked, byName] = bothWays(labs);
    expect(walked?.ok).toBe(true);
    expect(JSON.stringify(walked)).toBe(JSON.stringify(byName));
    // each field on its own, so a field the walk left out would show
    for (const k of Object.keys(labs)) {
      const [one, oneByName] = bothWays({ [k]: labs[k] });
      expect(JSON.stringify(one), k).toBe(JSON.stringify(oneByName));
    }
  });

  it("reports refused lab quantities in the fields' order whatever the keys' order, walked or read by name", () => {
    const [walked, byName] = bothWays({
      igm: { value: 1, unit: "kg" },
      hemoglobin: { value: 12, unit: "g/dL", upperLimitOfNormal: 9e9 },
      serumMProtein: { value: 1, unit: "kg" },
    });
    expect(walked).toEqual(byName);
    expect(walked?.ok ? [] : walked?.issues.map((i) => i.path)).toEqual([
      "labs.serumMProtein",
      "labs.hemoglobin.upperLimitOfNormal",
      "labs.igm",
    ]);
  });

  it("refuses every date after asOf, in the order of the record's sections, before any unit problem", () => {
    // One date after asOf in each place a record holds one, on a record the schema accepts.
    const late = "2026-01-02";
    const record = {
      asOf: "2026-01-01",
      labs: {
        calcium: { value: 10, unit: "mg/dL", date: late },
        measuredCreatinineClearance: { value: 60, unit: "mL/min", date: late },
      },
      marrow: { clonalPlasmaCellPercent: 20, date: late },
      imaging: { performed: true, date: late },
      cytogenetics: { del17p: false, date: late },
      treatmentHistory: [
        { regimen: "VRd", drugs: ["bortezomib"], start: "2025-01-01", end: late, progressionDate: late },
        { regimen: "DRd", drugs: ["daratumumab"], start: late },
      ],
      series: {
        igm: [
          { date: "2025-01-01", value: 1, unit: "g/L" },
          { date: late, value: 1, unit: "g/L" },
        ],
        serumImmunofixation: [{ date: late, result: "positive" }],
        clonalPlasmaCellPercent: [{ date: late, value: 5 }],
      },
    };
    const paths = [
      "labs.calcium.date",
      "labs.measuredCreatinineClearance.date",
      "marrow.date",
      "imaging.date",
      "cytogenetics.date",
      "treatmentHistory.0.end",
      "treatmentHistory.0.progressionDate",
      "treatmentHistory.1.start",
      "series.igm.1.date",
      "series.serumImmunofixation.0.date",
      "series.clonalPlasmaCellPercent.0.date",
    ];
    const issuesOf = (r: unknown, defaultAsOf?: string) => {
      const res = normalizeRecord(r, defaultAsOf ? { defaultAsOf } : {});
      return res.ok ? [] : res.issues.map((i) => i.path);
    };
    expect(issuesOf(record)).toEqual(paths);
    // Each alone is refused, and a date on asOf is not.
    for (const path of paths) {
      const onTime = JSON.parse(JSON.stringify(record).replaceAll(late, "2026-01-01"));
      const keys = path.split(".");
      const last = keys.pop()!;
      keys.reduce((o, k) => o[k], onTime)[last] = late;
      expect(issuesOf(onTime), path).toEqual([path]);
    }
    expect(issuesOf(JSON.parse(JSON.stringify(record).replaceAll(late, "2026-01-01")))).toEqual([]);
    // The asOf of the surface counts as the record's own.
    const { asOf: _, ...noAsOf } = record;
    expect(issuesOf(noAsOf, "2026-01-01")).toEqual(paths);
    // Unit problems come after the dates.
    const withUnitSlip = { ...record, patient: { weight: { value: 70, unit: "mg/dL" } } };
    expect(issuesOf(withUnitSlip)).toEqual([...paths, "patient.weight"]);
    const withLabSlip = { ...record, labs: { ...record.labs, igm: { value: 1, unit: "kg" } } };
    expect(issuesOf(withLabSlip)).toEqual([...paths, "labs.igm"]);
  });

  it("toFacts throws an INVALID_RECORD error carrying every issue", () => {
    try {
      toFacts({ asOf: "x" });
      expect.unreachable();
    } catch (e) {
      expect(e).toBeInstanceOf(MmnavError);
      expect((e as MmnavError).code).toBe("INVALID_RECORD");
      expect((e as MmnavError).issues[0]?.path).toBe("asOf");
    }
  });
});
