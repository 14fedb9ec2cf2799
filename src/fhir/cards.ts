/** Assessment -> CDS Hooks 2.0 cards: one card for the diagnosis, one per alert (an emergency said at two levels
 * once; the label reminders of the drugs given now together in one "On-treatment checks" card), one per group of
 * options, one for missing data and one for data the EHR sent that could not be used; critical cards first, then
 * warnings, then information (review c64-M4). Every card links to the web app's page for the patient. Summaries
 * are complete short sentences under 140 characters (the spec's limit; review c64-m2); details are kept to what
 * fits an EHR panel, the rest in the app. */
import type { Alert, Assessment, AssessmentOption } from "../engine/assessment.js";
import { UNVERIFIED_NOTE } from "../engine/options.js";
import { PENDING_CAUTION } from "../engine/safety.js";
import { safetyTopicOf } from "../knowledge/caution-topics.js";
import { NDMM_RENAL_FROM_MYELOMA, NDMM_RENAL_IMPAIRMENT } from "../knowledge/drug-rules.js";
import {
  ALERT_RULES,
  DRUG_RULES,
  HCM_OUTSIDE_ZA_RULE,
  isFitnessAdjustment,
  isTrialFitnessAdjustment,
  KNOWLEDGE_ENTRIES,
} from "../knowledge/index.js";
import { BIBLIOGRAPHY, isCitationId } from "../model/bibliography/index.js";
import { DiagnosisCategory } from "../model/enums.js";
import { regulatoryLine } from "../render/clinician.js";
import { groupCriteria } from "../render/criteria-groups.js";
import { holdingBack } from "../render/held-back.js";
import { shortCitation } from "../render/references.js";
import { categoryLabel, kindLabel } from "./assessment-to-fhir.js";
import type { ConditionHint, ImportWarning } from "./bundle-to-record.js";
import { stableUuid } from "./types.js";

export const CARD_SUMMARY_MAX = 139;

export interface CdsLink {
  label: string;
  url: string;
  type: "absolute" | "smart";
}

export interface CdsCard {
  uuid: string;
  summary: string;
  detail?: string;
  indicator: "info" | "warning" | "critical";
  source: { label: string; url?: string; topic?: { system: string; code: string; display?: string } };
  links?: CdsLink[];
}

export interface CardOptions {
  /** Absolute base URL of the web app, e.g. "https://mmnav.example.org". */
  appBaseUrl: string;
  /** The EHR's patient id (context.patientId). */
  patientId: string;
  /** Makes card uuids unique per hook call and stable for the same call (hookInstance). */
  seed: string;
  sourceLabel?: string;
  importWarnings?: readonly ImportWarning[];
  conditionHints?: readonly ConditionHint[];
}

/** Shortens to at most `max` characters at a word boundary, with an ellipsis when cut (details only: a summary
 * is written to fit, `shortSentence`). */
export function clip(text: string, max = CARD_SUMMARY_MAX): string {
  const t = text.replace(/\s+/g, " ").trim();
  if (t.length <= max) return t;
  const cut = t.slice(0, max - 1);
  const space = cut.lastIndexOf(" ");
  return `${(space > max / 2 ? cut.slice(0, space) : cut).replace(/[\s,;:.]+$/, "")}…`;
}

/** The text without its parenthetical asides (nested ones too). */
const withoutAsides = (t: string): string => {
  let out = t;
  for (let prev = ""; prev !== out; ) {
    prev = out;
    out = out.replace(/\s*\([^()]*\)/g, "");
  }
  return out.replace(/\s+([,;:.])/g, "$1").trim();
};

/** A sentence closed with a full stop (a trailing clause mark dropped). */
const closed = (t: string): string => {
  const s = t.replace(/[\s,;:–—-]+$/, "");
  return /[.!?]$/.test(s) ? s : `${s}.`;
};

/** One sentence shortened to `max` characters without an ellipsis: its asides dropped, then cut at its last clause
 * mark (";", ":", ",") that fits, and only then at a word. */
function shortenSentence(s: string, max: number): string {
  if (s.length <= max) return s;
  const bare = withoutAsides(s);
  if (bare.length <= max) return closed(bare);
  const room = bare.slice(0, max - 1);
  const clause = Math.max(room.lastIndexOf("; "), room.lastIndexOf(": "), room.lastIndexOf(", "));
  if (clause > max / 3) return closed(room.slice(0, clause));
  const space = room.lastIndexOf(" ");
  return closed(space > 0 ? room.slice(0, space) : room);
}

/**
 * A card summary from a longer text: a complete short sentence under CARD_SUMMARY_MAX characters, never cut
 * mid-sentence with "…" (CDS Hooks 2.0 Card.summary: "one-sentence, <140-character summary"; review c64-m2). The
 * whole text when it fits; else its leading sentences that fit (a short opener such as "On bortezomib now." with the
 * next one shortened); else its first sentence shortened. The full text goes in the card's detail.
 *
 * @example
 * shortSentence("Hyperviscosity: urgent plasmapheresis (IV access first). Part of this is marked UNVERIFIED.", 60)
 * // "Hyperviscosity: urgent plasmapheresis."
 */
export function shortSentence(text: string, max = CARD_SUMMARY_MAX): string {
  const t = text.replace(/\s+/g, " ").trim();
  if (t.length <= max) return t;
  const sentences = t.split(/(?<=[.!?])\s+(?=[A-Z*])/);
  let out = "";
  let used = 0;
  for (const s of sentences) {
    const next = out === "" ? s : `${out} ${s}`;
    if (next.length > max) break;
    out = next;
    used++;
  }
  const rest = sentences[used];
  if (out === "") return shortenSentence(sentences[0] ?? t, max);
  // A short opener alone says little ("On daratumumab now."): the next sentence, shortened, joins it.
  if (out.length < 40 && rest !== undefined) {
    const more = shortenSentence(rest, max - out.length - 1);
    if (more.length > 20) return `${out} ${more}`;
  }
  return out;
}

function sources(ids: readonly string[]): string {
  return ids
    .map((id) => (isCitationId(id) ? shortCitation(BIBLIOGRAPHY[id]) : `unresolved source "${id}"`))
    .join("; ");
}

/** At most `n` sources, then how many more. */
function someSources(ids: readonly string[], n: number): string {
  const shown = sources(ids.slice(0, n));
  return ids.length > n ? `${shown}; and ${ids.length - n} more in the app` : shown;
}

const CODE_SUGGESTS_LABEL: Record<string, string> = {
  "plasma-cell-leukemia": "plasma cell leukaemia",
  "extramedullary-plasmacytoma": "extramedullary plasmacytoma",
};

const INDICATOR_RANK: Readonly<Record<CdsCard["indicator"], number>> = { critical: 0, warning: 1, info: 2 };
const higher = (x: CdsCard["indicator"], y: CdsCard["indicator"]): CdsCard["indicator"] =>
  INDICATOR_RANK[x] <= INDICATOR_RANK[y] ? x : y;

// --- Alerts -----------------------------------------------------------------------------------------------------

/** Alerts that say the same emergency as a more severe one raised beside them (the key's alert is merged into its
 * value's card): the engine raises the hypercalcaemia alert at the CRAB level (> 11 mg/dL) and the severe one above
 * 14 mg/dL, both critical, so 14.6 mg/dL gave two "treat now" cards (review c64-M4). One card, the severe one, naming
 * the value; its detail keeps both texts and both sources. */
const SAME_EMERGENCY: Readonly<Record<string, string>> = {
  "alert.hypercalcemia": "alert.hypercalcemia-severe",
};

/** The calcium the hypercalcaemia alerts read, as the CRAB calcium criterion recorded it ("Calcium 14.6 mg/dL"). */
function calciumValue(a: Assessment): string | null {
  const inputs = a.diagnosis.criteria.find((c) => c.id === "imwg2014.crab.calcium")?.inputs;
  if (typeof inputs?.calcium !== "number") return null;
  return `Calcium ${inputs.calcium}${typeof inputs.unit === "string" ? ` ${inputs.unit}` : ""}`;
}

/** Summaries written for alerts whose text leads with a definition rather than the finding (review c64-m2: "Calcium
 * 14.6 mg/dL: hypercalcaemia, treat now"); every other alert's summary is its text shortened (shortSentence). */
const ALERT_SUMMARY: Readonly<Record<string, (a: Assessment) => string>> = {
  "alert.hypercalcemia": (a) => {
    const v = calciumValue(a);
    return v === null ? "Hypercalcaemia: treat now." : `${v}: hypercalcaemia, treat now.`;
  },
  "alert.hypercalcemia-severe": (a) => {
    const v = calciumValue(a);
    return `${v === null ? "Severe hypercalcaemia" : `${v}: severe hypercalcaemia`}, a metabolic emergency; treat now.`;
  },
};

/** The drug rules that alert when the patient is on one of their drugs now (knowledge/drug-rules.ts `alertWhenOn`):
 * label reminders tied to a drug being given, by rule id. */
const DRUG_ALERT_RULES: ReadonlyMap<string, readonly string[]> = new Map(
  DRUG_RULES.filter((r) => r.alertWhenOn).map((r) => [r.id, r.drugs]),
);

/** The drugs given now or that may still be given (the last line's drugs while on therapy; an entry whose end is not
 * recorded), which the drug alerts are raised for. */
function drugsGiven(a: Assessment): string[] {
  const last = a.linesOfTherapy?.lines.at(-1);
  return [
    ...(a.linesOfTherapy?.onTherapy && last ? last.drugs : []),
    ...(a.phase?.mayStillBeGiven?.drugs ?? []),
  ].map((d) => d.toLowerCase());
}

/** What the reference leaves unverified in each alert rule that says so (its evidence note), by alert id. */
const ALERT_EVIDENCE_NOTE: ReadonlyMap<string, string> = new Map(
  ALERT_RULES.filter((r) => r.evidence === "unverified" && r.evidenceNote !== undefined).map((r) => [
    r.id,
    r.evidenceNote as string,
  ]),
);

/** An alert's words, marked when unverified (review c87-m4): an alert whose rule names its unverified part says that
 * part after its words ("UNVERIFIED: The hypercalcaemia treatment sequence ..."), so a verified threshold is not read
 * as unverified; one that does not name it opens with "UNVERIFIED source.", as before. */
const alertWords = (al: Alert): string => {
  if (al.verified) return al.text;
  const note = ALERT_EVIDENCE_NOTE.get(al.id);
  return note === undefined ? `**UNVERIFIED source.** ${al.text}` : `${al.text}\n\n**UNVERIFIED:** ${note}`;
};

/** An alert's detail: its words (marked when unverified) and its sources. */
const alertDetail = (al: Alert): string => `${alertWords(al)}\n\nSources: ${sources(al.citations)}`;

/** Review c87-M1: the renal alerts of untreated myeloma, whose card names the kidney function read. */
const RENAL_ALERTS: ReadonlySet<string> = new Set([NDMM_RENAL_IMPAIRMENT, NDMM_RENAL_FROM_MYELOMA]);

/** The kidney function the Assessment read (its `kidney` block), in a line: the Cockcroft-Gault clearance the doses
 * read, the measured clearance and CKD-EPI 2021 eGFR beside it, the creatinine's date, dialysis. Null when none. */
function kidneyRead(a: Assessment): string | null {
  const k = a.kidney;
  const parts = [
    k.crclCockcroftGault === null
      ? null
      : `CrCl ${k.crclCockcroftGault} mL/min (Cockcroft-Gault, ${k.crclWeightBasis})`,
    k.measuredCreatinineClearance
      ? `measured CrCl ${k.measuredCreatinineClearance.value} mL/min${k.measuredCreatinineClearance.date ? ` (${k.measuredCreatinineClearance.date})` : ""}`
      : null,
    k.egfrCkdEpi2021 === null ? null : `eGFR ${k.egfrCkdEpi2021} mL/min/1.73 m2 (CKD-EPI 2021)`,
    k.dialysis === true ? "on dialysis" : null,
  ].filter((x): x is string => x !== null);
  if (parts.length === 0) return null;
  return `Kidney function read: ${parts.join("; ")}${k.creatinineDate ? `, from the creatinine of ${k.creatinineDate}` : ""}.`;
}

/** Review c87-m4: the caution of "Treat hypercalcaemia" at serum creatinine >= 4.5 mg/dL or on dialysis (review
 * c83-m5, treatments.md 8c), with the values it shows, when the engine raised it. */
function hypercalcaemiaCreatinine(a: Assessment): string | null {
  const o = a.options.find((x) => x.id === "sc.hypercalcemia");
  return o?.cautions.find((c) => c.startsWith(HCM_OUTSIDE_ZA_RULE)) ?? null;
}

/** The hypercalcaemia alerts, whose card names that caution. */
const HYPERCALCAEMIA_ALERTS: ReadonlySet<string> = new Set([
  "alert.hypercalcemia",
  "alert.hypercalcemia-severe",
]);

/** What a card adds to an alert's own words from the Assessment's data (review c87-M1, c87-m4). */
function alertExtra(a: Assessment, id: string): string | null {
  if (RENAL_ALERTS.has(id)) return kidneyRead(a);
  if (HYPERCALCAEMIA_ALERTS.has(id)) return hypercalcaemiaCreatinine(a);
  return null;
}

// --- Options ----------------------------------------------------------------------------------------------------

/** Each strength adjustment's caution text (`because`), by the rule id an option's safety findings carry
 * (`<entry>.adjust.<adjustment>`): the caution that says why the option is held back is shown first. */
const ADJUSTMENT_BECAUSE: ReadonlyMap<string, string> = new Map(
  KNOWLEDGE_ENTRIES.flatMap((e) =>
    (e.adjust ?? []).map((x) => [`${e.id}.adjust.${x.id}`, x.because] as const),
  ),
);

/** Review c87-M1: each knowledge text an option's caution starts with (the drug rules, in each jurisdiction's words,
 * and the entries' cautions), longest first, with whether its condition reads a patient-safety fact
 * (knowledge/caution-topics.ts: kidney, neuropathy, blood counts, toxicity stop, same target, ...). */
const CAUTION_SOURCES: readonly { text: string; safety: boolean }[] = [
  ...DRUG_RULES.flatMap((r) =>
    ("both" in r.text ? [r.text.both] : [r.text.us, r.text.eu]).map((text) => ({
      text,
      safety: safetyTopicOf(r.when) !== null,
    })),
  ),
  ...KNOWLEDGE_ENTRIES.flatMap((e) =>
    (e.cautions ?? []).map((c) => ({ text: c.text, safety: safetyTopicOf(c.when) !== null })),
  ),
].sort((x, y) => y.text.length - x.text.length);

/** A caution every patient given the option gets (review c87-M1): one from a drug rule or an entry caution whose
 * condition reads no patient-safety fact (a label note such as the REMS or the stem-cell collection timing), the
 * pending-approval note or the UNVERIFIED note. Other cautions (an allergy, a toxicity stop, a kidney dose, a label
 * the patient does not meet, what is not known) are the patient's own. */
function isGenericNote(c: string): boolean {
  if (c.startsWith(UNVERIFIED_NOTE) || c === PENDING_CAUTION) return true;
  const source = CAUTION_SOURCES.find((x) => c.startsWith(x.text));
  return source !== undefined && !source.safety;
}

/** What a holding-back adjustment weighs, in the card's words, read from its rule id (review c64-M2): the handout
 * marks these options ("may be too strong for you"), so the EHR summary marks them too. First match wins. */
const CAUTION_WORDS: readonly { test: (ruleId: string) => boolean; word: string }[] = [
  { test: (id) => /\.adjust\.[^.]*(heart|nyha|troponin|stage-iiib|cardiac)/.test(id), word: "cardiac" },
  // Before fitness: the AL kidney soft gate weighs fitness for the handout (re-check c66-m2), and is a kidney caution.
  { test: (id) => /\.adjust\.[^.]*(kidney|renal|crcl|clearance|creatinine)/.test(id), word: "kidney" },
  {
    test: (id) =>
      isFitnessAdjustment(id) || isTrialFitnessAdjustment(id) || /\.adjust\.[^.]*(frail|fitness)/.test(id),
    word: "fitness",
  },
  { test: (id) => /\.adjust\.[^.]*neuropathy/.test(id), word: "neuropathy" },
  {
    test: (id) => /\.adjust\.[^.]*(refractor|after-|relapse|toxicity|lenalidomide-free)/.test(id),
    word: "prior-therapy",
  },
];

/** The short marker of an option the engine holds back ("fitness", "cardiac", ...), or "" when it holds it back for
 * another reason (marked "other"), or null when it does not hold it back. */
export function cautionMarker(o: AssessmentOption): string | null {
  // Review c75-M3: an option held back for a recorded allergy (its own or a related drug's), marked first, as the
  // handout marks it.
  const heldBack = o.strength === "consider" || o.strength === "trial";
  if (heldBack && ((o.allergies ?? []).length > 0 || (o.relatedAllergies ?? []).length > 0)) return "allergy";
  const ids = holdingBack(o);
  if (ids.length === 0) return null;
  for (const { test, word } of CAUTION_WORDS) if (ids.some(test)) return word;
  return "";
}

/** Response alerts that leave open whether the disease relapsed or progressed on the line being given (review
 * c64-M3): while one is raised and no progression is established, continuing the line depends on it. */
const OPEN_RELAPSE_QUESTION: Readonly<Record<string, "relapse" | "progression">> = {
  "response.relapse-from-cr": "relapse",
  "response.relapse-from-cr-unconfirmed": "relapse",
  "response.m-protein-reappeared": "relapse",
  "response.flc-rise-not-the-measure": "relapse",
  "response.flc-rise-baseline-unknown": "progression",
  "response.dflc-rise-from-negative-nadir": "progression",
  "response.progression-unconfirmed": "progression",
  "response.pd-versions-differ": "progression",
};

/** One named item of an option card's summary: its group (the condition it holds on, "" for none) and its marker. */
interface SummaryItem {
  group: string;
  marker: string | null;
  name: string;
  /** The name is the option's title (no regimen code): its asides may be left out to fit. */
  title: boolean;
  strength: AssessmentOption["strength"];
}

/** The summary's list: per group (options for either answer first), the options not held back, then those held back
 * under their marker ("(fitness caution: D-VMP, VRd)"), with "and N more" for what does not fit. */
function renderItems(items: readonly SummaryItem[], omitted: number): string {
  const groups = new Map<string, SummaryItem[]>();
  for (const x of items) groups.set(x.group, [...(groups.get(x.group) ?? []), x]);
  const parts = [...groups].map(([cond, xs]) => {
    const plain = xs.filter((x) => x.marker === null).map((x) => x.name);
    const markers = [...new Set(xs.filter((x) => x.marker !== null).map((x) => x.marker as string))];
    const word = (m: string) => (m === "" ? "with cautions" : `${m} caution`);
    const namesOf = (m: string) => xs.filter((x) => x.marker === m).map((x) => x.name);
    // Every option of the group held back: each name list under its marker ("ASCT-Mel200 (fitness caution)");
    // else the held-back ones after the others ("DRd, Rd (fitness caution: D-VMP, VRd)").
    const list =
      plain.length === 0
        ? markers.map((m) => `${namesOf(m).join(", ")} (${word(m)})`).join(", ")
        : `${plain.join(", ")}${markers.length > 0 ? ` (${markers.map((m) => `${word(m)}: ${namesOf(m).join(", ")}`).join("; ")})` : ""}`;
    return cond === "" ? list : `${cond}: ${list}`;
  });
  return `${parts.join("; ")}${omitted > 0 ? `; and ${omitted} more` : ""}`;
}

const STRENGTH_RANK: Readonly<Record<AssessmentOption["strength"], number>> = {
  preferred: 0,
  standard: 1,
  "if-eligible": 2,
  consider: 3,
  trial: 4,
};

/** The longest summary `lead: items suffix` under the limit: the titles without their asides if needed, then the
 * weakest options left out one at a time ("and N more"), so the summary keeps the strongest of every condition. */
function fitSummary(lead: string, all: readonly SummaryItem[], suffix: string): string {
  const say = (xs: readonly SummaryItem[]) => `${lead}: ${renderItems(xs, all.length - xs.length)}${suffix}`;
  if (say(all).length <= CARD_SUMMARY_MAX) return say(all);
  let items = all.map((x) => (x.title ? { ...x, name: withoutAsides(x.name) } : x));
  while (items.length > 1 && say(items).length > CARD_SUMMARY_MAX) {
    // The weakest option left goes first (the last of them in the card's order).
    const weakest = Math.max(...items.map((x) => STRENGTH_RANK[x.strength]));
    let at = items.length - 1;
    while (at > 0 && STRENGTH_RANK[items[at]?.strength ?? "trial"] !== weakest) at--;
    items = items.filter((_, i) => i !== at);
  }
  const s = say(items);
  return s.length <= CARD_SUMMARY_MAX ? s : shortSentence(`${lead}: ${all.length} options${suffix}`);
}

/** How much of an option a card's detail shows (review c64-M4: 17-27k characters per card): its first reasons and
 * cautions, each shortened; the rest is in the app (the card's link). */
const DETAIL = {
  reasons: 2,
  cautions: 2,
  itemChars: 160,
  whyChars: 320,
  sources: 2,
  fullChars: 3500,
} as const;

/** A card's option blocks: in full (shortened) while the detail stays within DETAIL.fullChars, then each option's
 * title, strength and regulatory status only, its reasons, cautions and sources in the app. */
function optionBlocks(opts: readonly AssessmentOption[]): string {
  let used = 0;
  return opts
    .map((x, i) => {
      const full = optionBlock(x, true);
      const fits = i === 0 || used + full.length + 2 <= DETAIL.fullChars;
      const block = fits && used <= DETAIL.fullChars ? full : optionBlock(x, false);
      used += block.length + 2;
      return block;
    })
    .join("\n\n");
}

/** One option's block in a card's detail (no blank line inside: blocks are separated by one). */
function optionBlock(o: AssessmentOption, full: boolean): string {
  const marker = cautionMarker(o);
  const head = `${o.provisional ? "**[PROVISIONAL: category not confirmed]** " : ""}${o.conditional ? `**[ONLY ${o.conditional.toUpperCase()}]** ` : ""}**${o.title}** (${o.strength}${marker === null ? "" : `; held back: ${marker === "" ? "see cautions" : `${marker} caution`}`})${o.verified ? "" : " — UNVERIFIED"}`;
  const regulatory = `Regulatory: ${regulatoryLine(o.regulatory)}`;
  if (!full) return `${head}\n${regulatory}\nReasons, cautions and sources: in the app.`;
  // The cautions that say why the option is held back come first.
  const why = holdingBack(o)
    .map((id) => ADJUSTMENT_BECAUSE.get(id))
    .filter((b): b is string => b !== undefined);
  const isWhy = (c: string) => why.some((b) => c.startsWith(b));
  // Review c87-M1: then the patient's own safety and dose cautions, the generic notes last (stable within each).
  const rank = (c: string) => (isWhy(c) ? 0 : isGenericNote(c) ? 2 : 1);
  const cautions = o.cautions
    .map((c, i) => ({ c, i, r: rank(c) }))
    .sort((x, y) => x.r - y.r || x.i - y.i)
    .map((x) => x.c);
  const reasons = o.because.slice(0, DETAIL.reasons).map((b) => `- ${clip(b, DETAIL.itemChars)}`);
  const shownCautions = cautions
    .slice(0, DETAIL.cautions)
    .map((c) => clip(c, isWhy(c) ? DETAIL.whyChars : DETAIL.itemChars));
  const more = [
    o.because.length > DETAIL.reasons ? `${o.because.length - DETAIL.reasons} more reason(s)` : "",
    cautions.length > DETAIL.cautions ? `${cautions.length - DETAIL.cautions} more caution(s)` : "",
  ].filter((x) => x !== "");
  return [
    head,
    ...reasons,
    ...(shownCautions.length > 0 ? [`Cautions: ${shownCautions.join("; ")}`] : []),
    ...(more.length > 0 ? [`(${more.join(", ")}: in the app)`] : []),
    regulatory,
    `Sources: ${someSources(o.citations, DETAIL.sources)}`,
  ].join("\n");
}

// --- Diagnosis --------------------------------------------------------------------------------------------------

/** The criteria that keep a treated record's category (criteria/diagnosis: "category kept as ..."). */
const TREATED_KEEPS = /^imwg2014\.treated(-[a-z]+)?-keeps-category$/;

/** The diagnosis card's detail (review c64-m1): the criteria of the category given (or the likely one) in words,
 * met or not known, and the myeloma-defining events for myeloma; never the rule ids, nor criteria of other
 * categories. A treated record says that its category stays the treated one, and what today's values alone meet
 * when they meet another category. With no category decided and none likely, the categories still open. */
function diagnosisDetail(a: Assessment): string[] {
  const d = a.diagnosis;
  const shown = d.likely ?? d.category;
  const g = groupCriteria(d);
  const open = (c: { met: boolean | null }) => c.met !== false;
  // Review c87-m3: the status after the criterion's words ("Met: serum M-protein >=3 g/dL: not met; ...; clonal marrow
  // >=10%: met" read as a contradiction: a composite criterion's words list its parts with their own statuses).
  const line = (c: (typeof d.criteria)[number]) =>
    `- ${closed(c.because)} Overall: ${c.met === true ? "met" : "not known"} (${sources([c.citation])})`;
  const lines: string[] = [];
  const treated = d.criteria.find((c) => TREATED_KEEPS.test(c.id) && c.met === true);
  if (treated) {
    const regimens = [...new Set((a.linesOfTherapy?.lines ?? []).flatMap((l) => l.regimens))];
    const today = treated.inputs?.onCurrentValues;
    const other =
      typeof today === "string" &&
      today !== d.category &&
      (Object.values(DiagnosisCategory) as string[]).includes(today)
        ? ` Today's values alone would meet ${categoryLabel(today as Assessment["diagnosis"]["category"])}: treatment changes them, and they do not re-decide the diagnosis.`
        : "";
    lines.push(
      `Treated${regimens.length > 0 ? ` (${regimens.join(", ")})` : ""}: the category stays ${categoryLabel(d.category)}.${other} (${sources([treated.citation])})`,
    );
  }
  if (shown === "indeterminate") {
    const candidates = g.otherCategories.filter(open);
    if (candidates.length > 0) lines.push(`Categories still open:\n${candidates.map(line).join("\n")}`);
  } else {
    const own = g.own.filter(open);
    // The myeloma-defining events are criteria of myeloma; their summary rule (imwg2014.mde) names rule ids.
    const events =
      shown === "multiple-myeloma" ? g.events.filter((c) => open(c) && c.id !== "imwg2014.mde") : [];
    const criteria = [...own, ...events];
    if (criteria.length > 0)
      lines.push(
        `Criteria of ${d.likely ? "the likely category" : "this category"} (met or not known):\n${criteria.map(line).join("\n")}`,
      );
  }
  if ((d.alsoMeets ?? []).length > 0)
    lines.push(`Also meets: ${(d.alsoMeets ?? []).map((c) => categoryLabel(c)).join(", ")} (see the app).`);
  return lines;
}

/**
 * Builds the CDS Hooks cards for one Assessment, critical first, then warning, then info (in the order built within
 * each level).
 *
 * @example
 * const cards = assessmentToCards(assessment, { appBaseUrl: "https://mmnav.example.org", patientId: "123", seed: hookInstance });
 */
export function assessmentToCards(a: Assessment, o: CardOptions): CdsCard[] {
  const base = o.appBaseUrl.replace(/\/+$/, "");
  const page = `${base}/patients/${encodeURIComponent(o.patientId)}`;
  const links: CdsLink[] = [{ label: "Open in Myeloma Navigator", url: page, type: "absolute" }];
  const source = { label: o.sourceLabel ?? "Myeloma Navigator (decision support)", url: base };
  const cards: CdsCard[] = [];
  const card = (key: string, c: Omit<CdsCard, "uuid" | "source" | "links">) =>
    cards.push({
      uuid: stableUuid(`${o.seed}|${key}`),
      ...c,
      summary: shortSentence(c.summary),
      source,
      links,
    });

  // Diagnosis.
  const d = a.diagnosis;
  const label = categoryLabel(d.category);
  const ehrSays = [...new Set((o.conditionHints ?? []).map((h) => h.suggests))];
  const disagrees = d.category !== "indeterminate" && ehrSays.length > 0 && !ehrSays.includes(d.category);
  const hintLabel = (s: string) =>
    CODE_SUGGESTS_LABEL[s] ?? categoryLabel(s as Assessment["diagnosis"]["category"]);
  // Review c74-m4: the problem list names a disorder the findings sent cannot decide yet (often an interface gap: the
  // findings did not arrive): said, with the codes, beside the tests that would decide it.
  const undecidedWithHints =
    d.category === "indeterminate" && ehrSays.length > 0
      ? [
          `The EHR problem list says ${ehrSays
            .map((s) => {
              const codes = [
                ...new Set((o.conditionHints ?? []).filter((h) => h.suggests === s).map((h) => h.code)),
              ];
              return `${hintLabel(s)} (${codes.join(", ")})`;
            })
            .join(", ")}; the findings sent do not decide the category yet (see what could change it above).`,
        ]
      : [];
  const diagLines = [
    `**${label}**${d.subtype ? ` (${d.subtype})` : ""}${d.likely ? `; most likely ${categoryLabel(d.likely)}` : ""}.`,
    ...diagnosisDetail(a),
    ...(d.couldChangeWith.length > 0 ? [`Could change with: ${d.couldChangeWith.join("; ")}.`] : []),
    ...(disagrees
      ? [
          `The EHR problem list suggests ${ehrSays.map(hintLabel).join(", ")}; the findings sent meet ${label}.`,
        ]
      : []),
    ...undecidedWithHints,
    a.notice,
  ];
  card("diagnosis", {
    summary:
      d.category === "indeterminate"
        ? `Plasma cell disorder: category not yet decided; ${d.couldChangeWith.length} test(s) would decide it`
        : `Findings meet: ${label}${d.subtype ? ` (${d.subtype})` : ""}`,
    detail: diagLines.join("\n\n"),
    indicator: d.category === "indeterminate" || disagrees ? "warning" : "info",
  });

  // Alerts: one card each, but an emergency said at two levels once, and the label reminders of the drugs given
  // now together (a critical one, an action such as a dose hold, keeps its own card).
  const raised = new Set(a.alerts.map((al) => al.id));
  const given = drugsGiven(a);
  const onTreatment: { alert: Alert; drugs: string[] }[] = [];
  a.alerts.forEach((al, i) => {
    const into = SAME_EMERGENCY[al.id];
    if (into !== undefined && raised.has(into)) return;
    const ruleDrugs = DRUG_ALERT_RULES.get(al.id);
    if (ruleDrugs !== undefined && al.severity !== "critical") {
      const named = ruleDrugs.filter((x) => given.includes(x));
      onTreatment.push({ alert: al, drugs: named.length > 0 ? named : ruleDrugs.slice(0, 1) });
      return;
    }
    const merged = a.alerts.filter((x) => SAME_EMERGENCY[x.id] === al.id);
    const citations = [...new Set([...al.citations, ...merged.flatMap((x) => x.citations)])];
    const extra = alertExtra(a, al.id);
    card(`alert:${al.id}:${i}`, {
      summary: ALERT_SUMMARY[al.id]?.(a) ?? al.text,
      detail: `${[al, ...merged].map(alertWords).join("\n\n")}${extra === null ? "" : `\n\n${extra}`}\n\nSources: ${sources(citations)}`,
      indicator: merged.reduce((s, x) => higher(s, x.severity), al.severity),
    });
  });
  // One reminder alone keeps its own card (its sentence says more than a group of one).
  for (const { alert } of onTreatment.length === 1 ? onTreatment : [])
    card(`alert:${alert.id}`, { summary: alert.text, detail: alertDetail(alert), indicator: alert.severity });
  if (onTreatment.length > 1) {
    const drugs = [...new Set(onTreatment.flatMap((x) => x.drugs))];
    const n = onTreatment.length;
    const head = `On-treatment checks (${n}) for the drug${drugs.length === 1 ? "" : "s"} given`;
    let named = drugs.length;
    const said = () =>
      `${head}: ${drugs.slice(0, named).join(", ")}${named < drugs.length ? ` and ${drugs.length - named} more` : ""}.`;
    while (named > 1 && said().length > CARD_SUMMARY_MAX) named--;
    card("on-treatment", {
      summary: said(),
      detail: onTreatment.map(({ alert }) => alertDetail(alert).replaceAll("\n\n", "\n")).join("\n\n"),
      indicator: onTreatment.reduce<CdsCard["indicator"]>((s, x) => higher(s, x.alert.severity), "info"),
    });
  }

  // Options, one card per kind.
  const question =
    a.response?.progression === true ? undefined : a.alerts.find((al) => OPEN_RELAPSE_QUESTION[al.id]);
  const kinds = [...new Set(a.options.map((x) => x.kind))];
  for (const kind of kinds) {
    const opts = a.options.filter((x) => x.kind === kind);
    // Review c11 M8: an option shown for a category that is only likely is provisional in the summary too
    // (many EHRs show the summary alone), as the clinician screen marks it, with a warning indicator.
    const provisional = opts.filter((x) => x.provisional).length;
    const lead =
      provisional === 0
        ? `${kindLabel(kind)} options to discuss`
        : provisional === opts.length
          ? `Provisional (category not decided): ${kindLabel(kind)} options to discuss`
          : `${kindLabel(kind)} options to discuss (${provisional} provisional, category not decided)`;
    // Review c56 m5: the conditional ones are grouped under their condition. Review c64-M2: within a group, the
    // options the engine holds back (for fitness, the heart, ...) follow the others under a marker.
    const items: SummaryItem[] = [];
    const groupOrder: string[] = [];
    // The options open to either transplant answer first (review c56 m5), then each condition in the engine's order.
    if (opts.some((x) => x.conditional === undefined)) groupOrder.push("");
    for (const x of opts) if (!groupOrder.includes(x.conditional ?? "")) groupOrder.push(x.conditional ?? "");
    for (const group of groupOrder) {
      const inGroup = opts.filter((x) => (x.conditional ?? "") === group);
      const add = (x: AssessmentOption, marker: string | null) => {
        const name = x.regimen?.code ?? x.title;
        if (!items.some((i) => i.group === group && i.name === name))
          items.push({ group, marker, name, title: x.regimen === null, strength: x.strength });
      };
      for (const x of inGroup) if (cautionMarker(x) === null) add(x, null);
      for (const x of inGroup) if (cautionMarker(x) !== null) add(x, cautionMarker(x));
    }
    // Review c64-M3: while a response alert leaves a relapse open, continuing the line depends on it.
    const depends = question !== undefined && kind !== "supportive-care";
    const suffix = depends
      ? ` (continuing depends on the ${OPEN_RELAPSE_QUESTION[question.id]} question: see warning)`
      : "";
    card(`options:${kind}`, {
      summary: fitSummary(lead, items, suffix),
      detail: optionBlocks(opts),
      indicator: provisional > 0 || depends ? "warning" : "info",
    });
  }

  if (a.missingData.length > 0) {
    card("missing", {
      summary: `${a.missingData.length} data item(s) missing to stage, score or decide`,
      detail: a.missingData.map((m) => `- ${m.field}: needed for ${m.neededFor}`).join("\n"),
      indicator: "info",
    });
  }

  // Review c74-m2: what was not used (a loss) apart from what was read with a note (please check); the summary counts
  // only the losses.
  // Review c87-U2: a drug allergy the import could not read gets a warning card of its own (the summary names it as the
  // EHR wrote it), not one line among the unused records: no option is checked against it.
  const allergiesNotRead = (o.importWarnings ?? []).filter((w) => w.kind === "drug-allergy-not-read");
  allergiesNotRead.forEach((w, i) => {
    card(`allergy-not-read:${i}:${w.resource}`, {
      summary: `Drug allergy not read: '${w.allergen ?? w.resource}'; options are not checked against it`,
      detail: `- ${w.resource}: ${w.message}\n\nRecord the allergy with a drug name or RxNorm code the navigator knows, or check every option against it with the team.`,
      indicator: "warning",
    });
  });
  const warnings = (o.importWarnings ?? []).filter((w) => w.kind !== "drug-allergy-not-read");
  const lost = warnings.filter((w) => w.kind !== "note");
  const noted = warnings.filter((w) => w.kind === "note");
  const listed = (ws: readonly ImportWarning[]) => ws.map((w) => `- ${w.resource}: ${w.message}`).join("\n");
  if (warnings.length > 0) {
    card("import", {
      summary:
        lost.length > 0
          ? `${lost.length} EHR record(s) could not be used; results may miss data`
          : `${noted.length} EHR record(s) read with a note; please check`,
      detail: [
        ...(lost.length > 0 ? [`**Not used (${lost.length})**`, listed(lost)] : []),
        ...(noted.length > 0 ? [`**Read with a note: please check (${noted.length})**`, listed(noted)] : []),
      ].join("\n\n"),
      indicator: lost.length > 0 ? "warning" : "info",
    });
  }
  // Review c64-M4: many EHRs show cards in the order received; the sort is stable within a level.
  return cards.sort((x, y) => INDICATOR_RANK[x.indicator] - INDICATOR_RANK[y.indicator]);
}
