/** The values AL amyloidosis is staged from. Mayo 2004 and Mayo 2012 are staging systems at diagnosis
 * (criteria-and-scores.md 5.1-5.2, dispenzieri-2004-jco, kumar-2012-jco: cardiac biomarkers and dFLC of
 * newly diagnosed patients), so a treated record is staged from its latest value of each marker dated on
 * or before the first treatment's start (pre-treatment-values.ts firstTreatmentStart, latestOnOrBefore: not
 * the first reading, which may be from years of MGUS; review c16), of its series or today's value when it is
 * dated so; today's values stand in only for a marker
 * with no such value, and the basis says so. Without any pre-treatment value the stage rests on
 * on-treatment values, and the basis says that too. Pure: no I/O. */
import type { Facts } from "../model/facts.js";
import type { AlStageBasis, AlStageInput } from "../scores/al-stage/al-stage.js";
import { firstTreatmentStart, latestOnOrBefore, preTreatmentBasis } from "./pre-treatment-values.js";

type Marker = "ntProBnp" | "troponinT" | "involvedFreeLightChain" | "uninvolvedFreeLightChain";
const MARKERS: readonly Marker[] = [
  "ntProBnp",
  "troponinT",
  "involvedFreeLightChain",
  "uninvolvedFreeLightChain",
];

export function alStageValues(
  facts: Facts,
  atDiagnosis = true,
): { input: AlStageInput; basis: AlStageBasis | null } {
  const labs = facts.labs;
  const today: Record<Marker, number | null> = {
    ntProBnp: labs.ntProBnp?.value ?? null,
    troponinT: labs.troponinT?.value ?? null,
    involvedFreeLightChain: labs.involvedFreeLightChain?.value ?? null,
    uninvolvedFreeLightChain: labs.uninvolvedFreeLightChain?.value ?? null,
  };
  const input = (v: Record<Marker, number | null>): AlStageInput => ({
    ntProBnpPgMl: v.ntProBnp,
    troponinTNgMl: v.troponinT,
    // The series holds no assay; the recorded one is read for the dated values too.
    troponinMethod: labs.troponinT?.method ?? null,
    involvedFlcMgL: v.involvedFreeLightChain,
    uninvolvedFlcMgL: v.uninvolvedFreeLightChain,
  });
  // The first anti-plasma-cell treatment by date (an anticoagulant or supportive care listed first is none).
  const start = atDiagnosis ? firstTreatmentStart(facts) : null;
  if (start === null) return { input: input(today), basis: null };
  const values = { ...today };
  const dates: string[] = [];
  const onTreatment: Marker[] = [];
  for (const m of MARKERS) {
    const pre = latestOnOrBefore(facts.series[m], start, labs[m]);
    if (pre !== null) {
      values[m] = pre.value;
      if (!dates.includes(pre.date)) dates.push(pre.date);
    } else if (today[m] !== null) onTreatment.push(m);
  }
  const basis: AlStageBasis = preTreatmentBasis(start, dates, onTreatment);
  return { input: input(values), basis };
}
