/** Short citations beside statements ("Rajkumar, Lancet Oncol 2014 [1]") and the numbered list they point to. */
import { BIBLIOGRAPHY, type Citation, isCitationId } from "../model/bibliography/index.js";

/** "Rajkumar SV, Dimopoulos MA, et al." -> "Rajkumar"; organisations are kept whole. */
export function firstAuthor(authors: string): string {
  const first = (authors.split(/[,;]/)[0] ?? authors).replace(/\s*\(.*\)\s*$/, "").trim();
  const tokens = first.split(/\s+/);
  const last = tokens[tokens.length - 1] ?? "";
  const rest = tokens.slice(0, -1).join(" ");
  // Strip trailing initials ("SV", "NWCJ") only when what is left is a surname, not an acronym.
  if (tokens.length > 1 && /^[A-Z]{1,4}\.?$/.test(last) && /[a-z]/.test(rest)) return rest;
  return first;
}

/** "Lancet Oncol 2014;15(12):e538" -> "Lancet Oncol"; sources without a year keep their first part. A
 * version number is not a year: "NCCN, Version 2.2026 (2025-07-16)" -> "NCCN, Version 2.2026". */
export function shortJournal(source: string): string {
  const m = /^(.*?)[\s,.]+\(?(?<!\d\.)(?:19|20)\d{2}\b/.exec(source);
  const j = (m?.[1] ?? source.split(";")[0] ?? source).trim();
  return j.length > 40 ? `${j.slice(0, 39).trimEnd()}…` : j;
}

export function shortCitation(c: Citation): string {
  return `${firstAuthor(c.authors)}, ${shortJournal(c.source)} ${c.year}`;
}

/** The full entry of the numbered reference list. */
export function fullCitation(c: Citation): string {
  const parts = [`${c.authors} ${c.title}.`, `${c.source}.`];
  if (c.doi) parts.push(`doi:${c.doi}.`);
  if (c.pmid) parts.push(`PMID ${c.pmid}.`);
  if (c.url) parts.push(`${c.url}.`);
  if (c.locator) parts.push(`(${c.locator})`);
  if (c.note) parts.push(`Note: ${c.note}`);
  return parts.join(" ");
}

export const NBSP = "\u00a0";

export interface ReferenceEntry {
  n: number;
  id: string;
  citation: Citation | null;
}

/** Numbers citations in order of first use. An id that does not resolve is listed as such, never dropped. */
export class ReferenceList {
  private readonly order = new Map<string, ReferenceEntry>();

  /** Registers the ids and returns their short forms, e.g. "Greipp, J Clin Oncol 2005 [3]". */
  cite(ids: readonly string[]): string[] {
    const out: string[] = [];
    for (const id of new Set(ids)) {
      let entry = this.order.get(id);
      if (!entry) {
        entry = { n: this.order.size + 1, id, citation: isCitationId(id) ? BIBLIOGRAPHY[id] : null };
        this.order.set(id, entry);
      }
      const short = entry.citation ? shortCitation(entry.citation) : `unresolved source "${id}"`;
      // Non-breaking spaces keep a short citation on one terminal line; the writer turns them back.
      out.push(`${short} [${entry.n}]`.replace(/ /g, NBSP));
    }
    return out;
  }

  entries(): ReferenceEntry[] {
    return [...this.order.values()];
  }
}
