/** Every golden case of every calculator, with its whole result (value, group, each traced rule with
 * the inputs it read, each missing field), pinned in a reviewed snapshot (`vitest -u` after checking a
 * change). The golden files assert the decisions; this guards what a clinician is shown as the reason
 * and what the record is asked for. */
import { describe, expect, it } from "vitest";
import { toFacts } from "../model/facts.js";
import alCases from "./al-stage/al-stage.cases.json" with { type: "json" };
import { calculateAlMayo2004, calculateAlMayo2012 } from "./al-stage/al-stage.js";
import cytoCases from "./cytogenetic-risk/cytogenetic-risk.cases.json" with { type: "json" };
import { assessCytogeneticRisk } from "./cytogenetic-risk/cytogenetic-risk.js";
import frailtyCases from "./frailty/frailty.cases.json" with { type: "json" };
import { calculateImwgFrailty, calculateSimplifiedFrailty } from "./frailty/frailty.js";
import impedeCases from "./impede-vte/impede-vte.cases.json" with { type: "json" };
import { calculateImpedeVte } from "./impede-vte/impede-vte.js";
import issCases from "./iss/iss.cases.json" with { type: "json" };
import { calculateIss } from "./iss/iss.js";
import kidneyCases from "./kidney/kidney.cases.json" with { type: "json" };
import { calculateCrclCockcroftGault, calculateEgfrCkdEpi2021 } from "./kidney/kidney.js";
import rIssCases from "./r-iss/r-iss.cases.json" with { type: "json" };
import { calculateRIss } from "./r-iss/r-iss.js";
import r2IssCases from "./r2-iss/r2-iss.cases.json" with { type: "json" };
import { calculateR2Iss } from "./r2-iss/r2-iss.js";
import imwg2020Cases from "./smm-imwg-2020/smm-imwg-2020.cases.json" with { type: "json" };
import { calculateSmmImwg2020 } from "./smm-imwg-2020/smm-imwg-2020.js";
import mayo2018Cases from "./smm-mayo-2018/smm-mayo-2018.cases.json" with { type: "json" };
import { calculateSmmMayo2018 } from "./smm-mayo-2018/smm-mayo-2018.js";

// biome-ignore lint/suspicious/noExplicitAny: each calculator takes its own input type; the cases match it.
type Calc = (input: any) => unknown;
const suites: [string, { id: string; input: unknown }[], Calc][] = [
  ["AL Mayo 2004", alCases.mayo2004, calculateAlMayo2004],
  ["AL Mayo 2012", alCases.mayo2012, calculateAlMayo2012],
  [
    "cytogenetic risk",
    cytoCases,
    (r: object) => assessCytogeneticRisk(toFacts({ asOf: "2026-11-26", ...r })),
  ],
  ["IMWG frailty", frailtyCases.imwg, calculateImwgFrailty],
  ["simplified frailty", frailtyCases.simplified, calculateSimplifiedFrailty],
  ["IMPEDE VTE", impedeCases, calculateImpedeVte],
  ["ISS", issCases, calculateIss],
  ["CKD-EPI 2021", kidneyCases.egfrCkdEpi2021, calculateEgfrCkdEpi2021],
  ["Cockcroft-Gault", kidneyCases.crclCockcroftGault, calculateCrclCockcroftGault],
  ["R-ISS", rIssCases, calculateRIss],
  ["R2-ISS", r2IssCases, calculateR2Iss],
  ["IMWG 2020 SMM", imwg2020Cases, calculateSmmImwg2020],
  ["Mayo 2018 SMM", mayo2018Cases, calculateSmmMayo2018],
];

describe.each(suites)("%s: whole result per golden case", (_name, cases, calc) => {
  it.each(cases.map((c) => [c.id, c.input] as const))("%s", (_id, input) => {
    expect(calc(input)).toMatchSnapshot();
  });
});
