/** Assessment -> CDS Hooks 2.0 cards: one card for the diagnosis, one per alert, one per group of
 * options, one for missing data and one for data the EHR sent that could not be used. Every card
 * links to the web app's page for the patient. Summaries stay under 140 characters (the spec's limit). */
import type { Assessment } from "../engine/assessment.js";
import { BIBLIOGRAPHY, isCitationId } from "../model/bibliography/index.js";
import { regulatoryLine } from "../render/clinician.js";
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

/** Shortens to at most `max` characters at a word boundary, with an ellipsis when cut. */
export function clip(text: string, max = CARD_SUMMARY_MAX): string {
  const t = text.replace(/\s+/g, " ").trim();
  if (t.length <= max) return t;
  const cut = t.slice(0, max - 1);
  const space = cut.lastIndexOf(" ");
  return `${(space > max / 2 ? cut.slice(0, space) : cut).replace(/[\s,;:.]+$/, "")}…`;
}

function sources(ids: readonly string[]): string {
  return ids
    .map((id) => (isCitationId(id) ? shortCitation(BIBLIOGRAPHY[id]) : `unresolved source "${id}"`))
    .join("; ");
}

const CODE_SUGGESTS_LABEL: Record<string, string> = {
  "plasma-cell-leukemia": "plasma cell leukaemia",
  "extramedullary-plasmacytoma": "extramedullary plasmacytoma",
};

/**
 * Builds the CDS Hooks cards for one Assessment.
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
    cards.push({ uuid: stableUuid(`${o.seed}|${key}`), ...c, summary: clip(c.summary), source, links });

  // Diagnosis.
  const d = a.diagnosis;
  const label = categoryLabel(d.category);
  const ehrSays = [...new Set((o.conditionHints ?? []).map((h) => h.suggests))];
  const disagrees = d.category !== "indeterminate" && ehrSays.length > 0 && !ehrSays.includes(d.category);
  const diagLines = [
    `**${label}**${d.subtype ? ` (${d.subtype})` : ""}${d.likely ? `; most likely ${categoryLabel(d.likely)}` : ""}.`,
    ...d.criteria
      .filter((c) => c.met !== false)
      .map((c) => `- ${c.met === true ? "Met" : "Unknown"}: ${c.because} (${sources([c.citation])})`),
    ...(d.couldChangeWith.length > 0 ? [`Could change with: ${d.couldChangeWith.join("; ")}.`] : []),
    ...(disagrees
      ? [
          `The EHR problem list suggests ${ehrSays.map((s) => CODE_SUGGESTS_LABEL[s] ?? categoryLabel(s as Assessment["diagnosis"]["category"])).join(", ")}; the findings sent meet ${label}.`,
        ]
      : []),
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

  // Alerts: one card each.
  a.alerts.forEach((al, i) => {
    card(`alert:${al.id}:${i}`, {
      summary: al.text,
      detail: `${al.verified ? "" : "**UNVERIFIED source.** "}${al.text}\n\nSources: ${sources(al.citations)}`,
      indicator: al.severity,
    });
  });

  // Options, one card per kind.
  const kinds = [...new Set(a.options.map((x) => x.kind))];
  for (const kind of kinds) {
    const opts = a.options.filter((x) => x.kind === kind);
    const names = opts.map((x) => x.regimen?.code ?? x.title);
    // Review c11 M8: an option shown for a category that is only likely is provisional in the summary too
    // (many EHRs show the summary alone), as the clinician screen marks it, with a warning indicator.
    const provisional = opts.filter((x) => x.provisional).length;
    const lead =
      provisional === 0
        ? `${kindLabel(kind)} options to discuss`
        : provisional === opts.length
          ? `Provisional (category not decided): ${kindLabel(kind)} options to discuss`
          : `${kindLabel(kind)} options to discuss (${provisional} provisional, category not decided)`;
    // Review c56 m5: the summary listed every regimen without "only if a transplant candidate" (only in the detail),
    // and an EHR may show the summary alone: the conditional ones are grouped under their condition.
    const groups = new Map<string, string[]>();
    opts.forEach((x, i) => {
      const key = x.conditional ?? "";
      const name = names[i] as string;
      const list = groups.get(key) ?? [];
      if (!list.includes(name)) list.push(name);
      groups.set(key, list);
    });
    const listed = [...groups]
      .map(([cond, ns]) => (cond === "" ? ns.join(", ") : `${cond}: ${ns.join(", ")}`))
      .join("; ");
    card(`options:${kind}`, {
      summary: `${lead}: ${listed}`,
      detail: opts
        .map(
          (x) =>
            `${x.provisional ? "**[PROVISIONAL: category not confirmed]** " : ""}${x.conditional ? `**[ONLY ${x.conditional.toUpperCase()}]** ` : ""}**${x.title}** (${x.strength})${x.verified ? "" : " — UNVERIFIED"}\n${x.because.map((b) => `- ${b}`).join("\n")}${
              x.cautions.length > 0 ? `\nCautions: ${x.cautions.join("; ")}` : ""
            }\nRegulatory: ${regulatoryLine(x.regulatory)}\nSources: ${sources(x.citations)}`,
        )
        .join("\n\n"),
      indicator: provisional > 0 ? "warning" : "info",
    });
  }

  if (a.missingData.length > 0) {
    card("missing", {
      summary: `${a.missingData.length} data item(s) missing to stage, score or decide`,
      detail: a.missingData.map((m) => `- ${m.field}: needed for ${m.neededFor}`).join("\n"),
      indicator: "info",
    });
  }

  const warnings = o.importWarnings ?? [];
  if (warnings.length > 0) {
    card("import", {
      summary: `${warnings.length} EHR record(s) could not be used; results may miss data`,
      detail: warnings.map((w) => `- ${w.resource}: ${w.message}`).join("\n"),
      indicator: "warning",
    });
  }
  return cards;
}
