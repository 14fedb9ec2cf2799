/** The dated values a response assessment reads (series.ts): up to asOf, in date order whatever the
 * input order, one value per date (the highest; a positive immunofixation wins), with a dated current
 * lab or marrow merged in. Mutation testing found each of these unguarded. */
import { describe, expect, it } from "vitest";
import { toFacts } from "../model/facts.js";
import { collectPoints } from "./series.js";

const g = (date: string, value: number) => ({ date, value, unit: "g/dL" });
/** A record cannot carry a date after its asOf (model/date-order.ts): the facts are made as of a far date
 * and read as of 2025-06-01, so collectPoints' own cut at asOf stays tested. */
const pts = (record: object) =>
  collectPoints({ ...toFacts({ asOf: "2099-12-31", ...record }), asOf: "2025-06-01" });

describe("collectPoints", () => {
  it("keeps values up to and on asOf, drops later ones, and sorts by date whatever the input order", () => {
    const p = pts({
      series: { serumMProtein: [g("2025-07-01", 9), g("2025-06-01", 2), g("2025-01-01", 3)] },
    });
    expect(p.serum).toEqual([
      { date: "2025-01-01", value: 3 },
      { date: "2025-06-01", value: 2 },
    ]);
  });

  it("keeps the highest value of a duplicated date, so a duplicate never hides a rise", () => {
    const p = pts({
      series: { serumMProtein: [g("2025-02-01", 1.5), g("2025-02-01", 0.9), g("2025-01-01", 1)] },
    });
    expect(p.serum).toEqual([
      { date: "2025-01-01", value: 1 },
      { date: "2025-02-01", value: 1.5 },
    ]);
  });

  it("a positive immunofixation wins over a negative one on the same date; IFE is sorted and cut at asOf", () => {
    const p = pts({
      series: {
        serumImmunofixation: [
          { date: "2025-03-01", result: "negative" },
          { date: "2025-02-01", result: "positive" },
          { date: "2025-03-01", result: "positive" },
          { date: "2025-02-01", result: "negative" },
          { date: "2025-09-01", result: "positive" },
        ],
      },
    });
    expect(p.serumIfe).toEqual([
      { date: "2025-02-01", result: "positive" },
      { date: "2025-03-01", result: "positive" },
    ]);
  });

  it("merges a dated current lab unless the series already has its date", () => {
    const added = pts({
      labs: { serumMProtein: { value: 2.2, unit: "g/dL", date: "2025-05-01" } },
      series: { serumMProtein: [g("2025-01-01", 3)] },
    });
    expect(added.serum).toEqual([
      { date: "2025-01-01", value: 3 },
      { date: "2025-05-01", value: 2.2 },
    ]);
    const same = pts({
      labs: { serumMProtein: { value: 2.2, unit: "g/dL", date: "2025-01-01" } },
      series: { serumMProtein: [g("2025-01-01", 3)] },
    });
    expect(same.serum).toEqual([{ date: "2025-01-01", value: 3 }]);
  });

  it("merges the dated marrow result into the marrow series, once, and cuts it at asOf", () => {
    const p = pts({
      marrow: { clonalPlasmaCellPercent: 40, date: "2025-01-01" },
      series: {
        clonalPlasmaCellPercent: [
          { date: "2025-04-01", value: 12 },
          { date: "2025-08-01", value: 70 },
          { date: "2025-03-01", value: 20 },
        ],
      },
    });
    expect(p.marrow).toEqual([
      { date: "2025-01-01", value: 40 },
      { date: "2025-03-01", value: 20 },
      { date: "2025-04-01", value: 12 },
    ]);
    const dup = pts({
      marrow: { clonalPlasmaCellPercent: 40, date: "2025-03-01" },
      series: { clonalPlasmaCellPercent: [{ date: "2025-03-01", value: 20 }] },
    });
    expect(dup.marrow).toEqual([{ date: "2025-03-01", value: 20 }]);
    expect(pts({ marrow: { clonalPlasmaCellPercent: 40 } }).marrow).toEqual([]);
  });

  it("pairs free light chains by date only where both chains were measured", () => {
    const mg = (date: string, value: number) => ({ date, value, unit: "mg/L" });
    const p = pts({
      labs: { lightChain: "kappa" },
      series: {
        involvedFreeLightChain: [mg("2025-02-01", 300), mg("2025-01-01", 500)],
        uninvolvedFreeLightChain: [mg("2025-01-01", 10)],
      },
    });
    expect(p.flc).toEqual([
      {
        date: "2025-01-01",
        involved: 500,
        uninvolved: 10,
        dflc: 490,
        ratioNormal: false,
        abnormalForInvolved: true,
      },
    ]);
  });
});

describe("collectPoints at its edges", () => {
  it("a value dated on asOf is kept: serum, immunofixation and marrow", () => {
    const p = pts({
      series: {
        serumMProtein: [g("2025-06-01", 2)],
        serumImmunofixation: [{ date: "2025-06-01", result: "positive" }],
        clonalPlasmaCellPercent: [{ date: "2025-06-01", value: 12 }],
      },
    });
    expect(p.serum).toEqual([{ date: "2025-06-01", value: 2 }]);
    expect(p.serumIfe).toEqual([{ date: "2025-06-01", result: "positive" }]);
    expect(p.marrow).toEqual([{ date: "2025-06-01", value: 12 }]);
  });

  it("two negative immunofixations on one date stay negative", () => {
    const p = pts({
      series: {
        urineImmunofixation: [
          { date: "2025-03-01", result: "negative" },
          { date: "2025-03-01", result: "negative" },
        ],
      },
    });
    expect(p.urineIfe).toEqual([{ date: "2025-03-01", result: "negative" }]);
  });

  it("a dated current lab falls into date order among the series values", () => {
    const p = pts({
      labs: { serumMProtein: { value: 2.2, unit: "g/dL", date: "2025-03-01" } },
      series: { serumMProtein: [g("2025-01-01", 3), g("2025-05-01", 1.5)] },
    });
    expect(p.serum.map((x) => x.date)).toEqual(["2025-01-01", "2025-03-01", "2025-05-01"]);
  });

  it("the series value of a date wins over a current lab of the same date, whichever is higher", () => {
    const p = pts({
      labs: { serumMProtein: { value: 2.8, unit: "g/dL", date: "2025-02-01" } },
      series: { serumMProtein: [g("2025-01-01", 3), g("2025-02-01", 2.5)] },
    });
    expect(p.serum).toEqual([
      { date: "2025-01-01", value: 3 },
      { date: "2025-02-01", value: 2.5 },
    ]);
  });

  it("the series marrow of a date wins over the record's marrow of the same date", () => {
    const p = pts({
      marrow: { clonalPlasmaCellPercent: 40, date: "2025-03-01" },
      series: {
        clonalPlasmaCellPercent: [
          { date: "2025-03-01", value: 20 },
          { date: "2025-04-01", value: 12 },
        ],
      },
    });
    expect(p.marrow).toEqual([
      { date: "2025-03-01", value: 20 },
      { date: "2025-04-01", value: 12 },
    ]);
  });

  it("a dated marrow with no value is not a point", () => {
    expect(pts({ marrow: { clonalPlasmaCellPercent: null, date: "2025-03-01" } }).marrow).toEqual([]);
  });

  it("haemoglobin keeps every value, a duplicated date lowest first, whatever the input order", () => {
    const hb = (date: string, value: number) => ({ date, value, unit: "g/dL" });
    const p = pts({
      series: { hemoglobin: [hb("2025-02-01", 13), hb("2025-02-01", 12), hb("2025-01-01", 11)] },
    });
    expect(p.hemoglobin).toEqual([
      { date: "2025-01-01", value: 11 },
      { date: "2025-02-01", value: 12 },
      { date: "2025-02-01", value: 13 },
    ]);
  });
});
