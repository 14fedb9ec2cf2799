/** The knowledge base for reviewers: every recommendation with its conditions in words and its sources,
 * as Markdown (docs/knowledge.md) and as JSON (`mmnav knowledge export`). Pure functions. */
import { BIBLIOGRAPHY, type Citation, type CitationId } from "../model/bibliography/index.js";
import { describeCondition } from "./conditions.js";
import { ALERT_RULES, DRUG_RULES, EVIDENCE_REVIEWED, KNOWLEDGE_ENTRIES, KNOWLEDGE_VERSION } from "./index.js";
import { FACT_NAMES, FACTS } from "./situation.js";
import { EntryGroup, type KnowledgeEntry, type RegulatoryStatus } from "./types.js";

const GROUP_TITLES: Record<EntryGroup, string> = {
  plasmacytoma: "Solitary plasmacytoma",
  "mgus-smm": "MGUS and smoldering myeloma",
  "newly-diagnosed": "Newly diagnosed myeloma",
  maintenance: "Maintenance",
  relapse: "Relapsed / refractory myeloma",
  "car-t": "CAR-T",
  bispecific: "Bispecific antibodies",
  "al-amyloidosis": "AL amyloidosis",
  "supportive-care": "Supportive care",
  pathway: "Pathway: the line being given and the plan ahead",
};

/** An entry in words: what a reviewer reads in `mmnav knowledge show ID`. */
export interface EntryInWords {
  id: string;
  group: EntryGroup;
  title: string;
  kind: string;
  strength: string;
  regimen: string | null;
  appliesWhen: string;
  label: { us: string | null; eu: string | null };
  listedIn: string;
  showWhenUnknown: boolean;
  regulatory: { us: string; eu: string };
  evidence: string;
  cautions: string[];
  /** Strength changes by situation, in words ("consider when ...: because"). */
  strengthChanges: string[];
  sources: string[];
  clinicianText: string;
  patientText: string;
}

function regulatoryWords(r: RegulatoryStatus | null): string {
  if (!r) return "not stated";
  return [r.status, r.date, r.note].filter((x) => x !== null && x !== "").join(", ");
}

export function sourceWords(id: CitationId): string {
  const c: Citation = BIBLIOGRAPHY[id];
  const ids = [c.doi ? `doi:${c.doi}` : null, c.pmid ? `PMID ${c.pmid}` : null].filter(Boolean).join("; ");
  return `${id}: ${c.authors} ${c.title}. ${c.source}${ids ? `. ${ids}` : ""}`;
}

export function entryInWords(e: KnowledgeEntry): EntryInWords {
  return {
    id: e.id,
    group: e.group,
    title: e.title,
    kind: e.kind,
    strength: e.strength,
    regimen: e.regimen ? `${e.regimen.code} (${e.regimen.drugs.join(", ")})` : null,
    appliesWhen: describeCondition(e.when),
    label: {
      us: e.label?.us ? describeCondition(e.label.us) : null,
      eu: e.label?.eu ? describeCondition(e.label.eu) : null,
    },
    listedIn: (e.jurisdictions ?? ["us", "eu"]).map((j) => j.toUpperCase()).join(", "),
    showWhenUnknown: e.showWhenUnknown === true,
    regulatory: { us: regulatoryWords(e.regulatory.us), eu: regulatoryWords(e.regulatory.eu) },
    evidence: e.evidenceNote ? `${e.evidence} (${e.evidenceNote})` : e.evidence,
    cautions: [
      ...e.cautions.map(
        (c) =>
          `${c.when ? `[when ${describeCondition(c.when)}] ` : ""}${c.text}${c.evidence === "unverified" ? " [UNVERIFIED]" : ""}`,
      ),
      // KnowledgeEntry.currentDrugRules (review c67-U2): drug rules said for the drugs being given.
      ...(e.currentDrugRules && e.currentDrugRules.length > 0
        ? [`[of the drugs being given] the drug rules ${e.currentDrugRules.join(", ")}`]
        : []),
    ],
    strengthChanges: (e.adjust ?? []).map(
      (a) =>
        `**${a.to}** when ${describeCondition(a.when)}: ${a.because}${a.evidence === "unverified" ? " [UNVERIFIED]" : ""}${a.weighs === "fitness" ? " (weighs fitness: the patient's pages mark the option as maybe too strong)" : a.weighs === "trial-fitness" ? " (weighs the trial's population: the patient's pages mark the option as studied in fitter people)" : a.weighs === "not-covered" ? " (not covered by the reference here: the patient's pages say the team will decide whether it fits)" : ""}`,
    ),
    sources: [
      ...new Set([
        ...e.citations,
        ...e.cautions.flatMap((c) => c.citations ?? []),
        ...(e.adjust ?? []).flatMap((a) => a.citations),
      ]),
    ].map(sourceWords),
    clinicianText: e.clinicianText,
    patientText: e.patientText,
  };
}

/** The whole knowledge base as JSON-ready data (conditions both as data and in words). */
export function exportKnowledge(): {
  knowledgeVersion: string;
  evidenceReviewed: string;
  entries: (KnowledgeEntry & { appliesWhen: string })[];
  drugRules: (typeof DRUG_RULES)[number][];
  alertRules: (typeof ALERT_RULES)[number][];
  facts: typeof FACTS;
} {
  return {
    knowledgeVersion: KNOWLEDGE_VERSION,
    evidenceReviewed: EVIDENCE_REVIEWED,
    entries: KNOWLEDGE_ENTRIES.map((e) => ({ ...e, appliesWhen: describeCondition(e.when) })),
    drugRules: [...DRUG_RULES],
    alertRules: [...ALERT_RULES],
    facts: FACTS,
  };
}

const esc = (s: string) => s.replace(/\|/g, "\\|");

/** Markdown for one entry (also used by `mmnav knowledge show`). */
export function entryMarkdown(e: KnowledgeEntry): string {
  const w = entryInWords(e);
  const lines = [
    `### ${w.title}`,
    "",
    `- **id:** \`${w.id}\``,
    `- **option:** ${w.kind}${w.regimen ? `, ${w.regimen}` : ""}; strength **${w.strength}**`,
    `- **applies when:** ${w.appliesWhen}`,
  ];
  if (w.label.us) lines.push(`- **US label also needs:** ${w.label.us}`);
  if (w.label.eu) lines.push(`- **EU label also needs:** ${w.label.eu}`);
  lines.push(
    `- **listed in:** ${w.listedIn}${w.showWhenUnknown ? "; shown when a condition is unknown, naming the missing input" : ""}`,
    `- **US:** ${w.regulatory.us}`,
    `- **EU:** ${w.regulatory.eu}`,
    `- **evidence:** ${w.evidence}`,
    `- **clinician:** ${w.clinicianText}`,
    `- **patient:** ${w.patientText}`,
  );
  if (w.strengthChanges.length > 0)
    lines.push("- **strength changes:**", ...w.strengthChanges.map((c) => `  - ${c}`));
  if (w.cautions.length > 0) lines.push("- **cautions:**", ...w.cautions.map((c) => `  - ${c}`));
  lines.push("- **sources:**", ...w.sources.map((s) => `  - ${s}`), "");
  return lines.join("\n");
}

/** docs/knowledge.md: generated from the data; a test fails when the committed file is out of step. */
export function renderKnowledgeMarkdown(): string {
  const out: string[] = [
    "# Knowledge base",
    "",
    "<!-- Generated by scripts/gen-knowledge-docs.ts from src/knowledge. Do not edit by hand. -->",
    "",
    `Knowledge version **${KNOWLEDGE_VERSION}**; evidence last reviewed **${EVIDENCE_REVIEWED}** (clinical reference knowledge date about 2026-06, fact-check 2026-11-26).`,
    "",
    "Every option is decision support, to discuss with the care team. A condition over an unknown fact is unknown: the option is then hidden, unless its entry says to show it, in which case the missing input is named. Options marked UNVERIFIED rest on facts the clinical reference could not check.",
    "",
  ];
  for (const g of Object.values(EntryGroup)) {
    const entries = KNOWLEDGE_ENTRIES.filter((e) => e.group === g);
    if (entries.length === 0) continue;
    out.push(`## ${GROUP_TITLES[g]}`, "", ...entries.map(entryMarkdown));
  }
  out.push(
    "## Drug rules",
    "",
    "Printed as cautions on every option containing the drug, and as alerts when the patient is on it now.",
    "",
    "| id | drugs | when | text | severity | evidence | sources |",
    "|---|---|---|---|---|---|---|",
  );
  for (const r of DRUG_RULES) {
    const text = "both" in r.text ? r.text.both : `US: ${r.text.us} EU: ${r.text.eu}`;
    out.push(
      `| \`${r.id}\` | ${r.drugs.join(", ")}${r.kinds ? ` (${r.kinds.length === 1 ? r.kinds[0] : "not maintenance"})` : ""} | ${esc(describeCondition(r.when))}${r.whenOn ? `; its alert while on the drug: ${esc(describeCondition(r.whenOn))}` : ""} | ${esc(text)}${r.show ? ` (then: ${r.show.join(", ")})` : ""} | ${r.severity} | ${r.evidence} | ${r.citations.join(", ")} |`,
    );
  }
  out.push(
    "",
    "## Situation alerts",
    "",
    "| id | when | text | severity | evidence | sources |",
    "|---|---|---|---|---|---|",
  );
  for (const r of ALERT_RULES) {
    out.push(
      `| \`${r.id}\` | ${esc(describeCondition(r.when))} | ${esc(r.text)} | ${r.severity} | ${r.evidence} | ${r.citations.join(", ")} |`,
    );
  }
  out.push("", "## Situation facts", "", "| fact | in words | inputs |", "|---|---|---|");
  for (const f of FACT_NAMES) {
    const spec = FACTS[f];
    out.push(
      `| \`${f}\` | ${esc(spec.label)}${spec.unit ? ` (${spec.unit})` : ""} | ${spec.inputs.join(", ")} |`,
    );
  }
  out.push("");
  return out.join("\n");
}
