/** What a study record says in its structured fields and titles: the plasma cell disorders it
 * studies, the disease state (newly diagnosed or relapsed/refractory) where unambiguous, the
 * transplant setting, and its age limits. Pure. */
import type { Study } from "./study.js";

/** The navigator's diagnosis categories a study can be for. */
export const TRIAL_DISEASES = [
  "multiple-myeloma",
  "smoldering-myeloma",
  "mgus",
  "al-amyloidosis",
  "solitary-plasmacytoma",
] as const;
export type TrialDisease = (typeof TRIAL_DISEASES)[number];

const SMOLDERING = /\bsmou?ldering\s+(?:multiple\s+|plasma\s+cell\s+)?myeloma\b|\bSMM\b/gi;
const DISEASE_PATTERNS: [TrialDisease, RegExp][] = [
  ["smoldering-myeloma", SMOLDERING],
  ["mgus", /\bMGUS\b|\bmonoclonal\s+gammopath(?:y|ies)\s+of\s+(?:undetermined|unknown)\s+significance\b/i],
  [
    "al-amyloidosis",
    /\bAL\s+amyloidosis\b|\blight[- ]chain\s+(?:\(AL\)\s+)?amyloidosis\b|\bamyloid\s+light[- ]chain\b|\bprimary\s+(?:systemic\s+)?amyloidosis\b/i,
  ],
  ["solitary-plasmacytoma", /\bplasmacytoma\b/i],
  ["multiple-myeloma", /\bmultiple\s+myeloma\b|\bplasma\s+cell\s+myeloma\b|\bmyeloma\b|\bNDMM\b|\bRRMM\b/i],
];

/** Plasma cell disorders named in the texts. "Smoldering multiple myeloma" is smoldering only. */
export function diseasesIn(texts: readonly string[]): TrialDisease[] {
  const found = new Set<TrialDisease>();
  for (const text of texts) {
    for (const [disease, re] of DISEASE_PATTERNS) {
      const probe = disease === "multiple-myeloma" ? text.replace(SMOLDERING, " ") : text;
      if (new RegExp(re.source, "i").test(probe)) found.add(disease);
    }
  }
  return TRIAL_DISEASES.filter((d) => found.has(d));
}

function titles(study: Study): string[] {
  const id = study.protocolSection.identificationModule;
  return [id.briefTitle ?? "", id.officialTitle ?? ""].filter((t) => t !== "");
}

function conditionTexts(study: Study): string[] {
  const c = study.protocolSection.conditionsModule;
  return [...(c?.conditions ?? []), ...(c?.keywords ?? [])];
}

/** The study's diseases from its conditions and keywords, else from its titles. */
export function studyDiseases(study: Study): TrialDisease[] {
  const fromConditions = diseasesIn(conditionTexts(study));
  return fromConditions.length > 0 ? fromConditions : diseasesIn(titles(study));
}

export type DiseaseState = "newly-diagnosed" | "relapsed-refractory";

export const NEWLY = /\bnewly[- ]diagnosed\b|\bpreviously[- ]untreated\b|\bNDMM\b|\bfront[- ]?line\b/i;
export const RELAPSED = /\brelapsed\b|\brefractory\b|\bRRMM\b|\bpreviously[- ]treated\b|\brecurrent\b/i;

/** Newly diagnosed or relapsed/refractory, from titles, conditions and keywords; null when they say
 * neither, or both (e.g. a study with a cohort of each). */
export function studyDiseaseState(study: Study): DiseaseState | null {
  const all = [...titles(study), ...conditionTexts(study)];
  const nd = all.some((t) => NEWLY.test(t));
  const rr = all.some((t) => RELAPSED.test(t));
  if (nd === rr) return null;
  return nd ? "newly-diagnosed" : "relapsed-refractory";
}

export const AFTER_TRANSPLANT =
  /\b(?:after|following|post)[- ](?:undergoing\s+)?(?:an?\s+)?(?:autologous\s+)?(?:stem[- ]cell\s+)?(?:transplant(?:ation)?|ASCT)\b/i;

export type TransplantSetting = "transplant-eligible" | "transplant-ineligible" | "after-transplant";

/** The transplant setting a title or keyword states; null when none or several. */
export function studyTransplantSetting(study: Study): TransplantSetting | null {
  const all = [...titles(study), ...conditionTexts(study)];
  const found = new Set<TransplantSetting>();
  for (const t of all) {
    if (
      /\btransplant(?:ation)?[- ](?:ineligible|not\s+(?:planned|intended))\b|\b(?:ineligible|not\s+eligible)\s+for\s+(?:autologous\s+)?(?:stem[- ]cell\s+)?(?:transplant(?:ation)?|ASCT)\b/i.test(
        t,
      )
    )
      found.add("transplant-ineligible");
    else if (
      /\btransplant(?:ation)?[- ]eligible\b|\beligible\s+for\s+(?:autologous\s+)?(?:stem[- ]cell\s+)?(?:transplant(?:ation)?|ASCT)\b/i.test(
        t,
      )
    )
      found.add("transplant-eligible");
    if (AFTER_TRANSPLANT.test(t)) found.add("after-transplant");
  }
  return found.size === 1 ? [...found][0]! : null;
}

/** "18 Years", "6 Months", "65 Years" -> years (null when absent); throws on any other form. */
export function parseAge(text: string | undefined): number | null {
  if (text === undefined || text.trim() === "" || /^N\/A$/i.test(text.trim())) return null;
  const m = /^(\d+(?:\.\d+)?)\s+(Years?|Months?|Weeks?|Days?)$/i.exec(text.trim());
  if (!m) throw new Error(`expected an age such as "18 Years", got "${text}"`);
  const n = Number(m[1]);
  const unit = m[2]!.toLowerCase();
  if (unit.startsWith("year")) return n;
  if (unit.startsWith("month")) return n / 12;
  if (unit.startsWith("week")) return (n * 7) / 365.25;
  return n / 365.25;
}
