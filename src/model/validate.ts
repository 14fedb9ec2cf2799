/** Validation at the edge: turns schema issues into a flat list of {path, message}, with a
 * "did you mean" for misspelt field names (a misspelt field is an error, never silently dropped). */
import type { z } from "zod";
import type { ValidationIssue } from "./errors.js";

type ZodIssue = z.core.$ZodIssue;

function joinPath(base: readonly PropertyKey[], extra: readonly PropertyKey[] = []): string {
  return [...base, ...extra].map(String).join(".") || "(record)";
}

/** Levenshtein distance, for suggesting the field a user probably meant. */
function distance(a: string, b: string): number {
  const prev = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    let diag = prev[0]!;
    prev[0] = i;
    for (let j = 1; j <= b.length; j++) {
      const tmp = prev[j]!;
      prev[j] = Math.min(prev[j]! + 1, prev[j - 1]! + 1, diag + (a[i - 1] === b[j - 1] ? 0 : 1));
      diag = tmp;
    }
  }
  return prev[b.length]!;
}

export function closest(name: string, candidates: readonly string[]): string | null {
  let best: string | null = null;
  let bestD = Number.POSITIVE_INFINITY;
  for (const c of candidates) {
    const d = distance(name.toLowerCase(), c.toLowerCase());
    if (d < bestD) {
      bestD = d;
      best = c;
    }
  }
  return best !== null && bestD <= Math.max(2, Math.floor(name.length / 3)) ? best : null;
}

/** A union branch that only says "expected null" or "expected 'unknown'" is the not-known escape
 * hatch; the useful message is in the other branch. */
function isNotKnownBranch(errors: readonly ZodIssue[]): boolean {
  return errors.every(
    (e) =>
      e.path.length === 0 &&
      ((e.code === "invalid_type" && e.expected === "null") ||
        (e.code === "invalid_value" && e.values.length === 1 && e.values[0] === "unknown") ||
        (e.code === "invalid_union" && e.errors.every(isNotKnownBranch))),
  );
}

export function flattenIssues(
  issues: readonly ZodIssue[],
  knownKeys: (path: readonly PropertyKey[]) => readonly string[],
  base: readonly PropertyKey[] = [],
): ValidationIssue[] {
  const out: ValidationIssue[] = [];
  for (const issue of issues) {
    const path = [...base, ...issue.path];
    if (issue.code === "unrecognized_keys") {
      for (const key of issue.keys) {
        const guess = closest(key, knownKeys(path));
        out.push({
          path: joinPath(path, [key]),
          message: `"${key}" is not a field of ${path.length ? joinPath(path) : "the record"}${guess ? `; did you mean "${guess}"?` : ""}`,
        });
      }
    } else if (issue.code === "invalid_union") {
      const useful = issue.errors.filter((branch) => !isNotKnownBranch(branch));
      if (useful.length === 0) {
        out.push({ path: joinPath(path), message: issue.message });
      } else {
        // The branch that got furthest into the value explains the problem best.
        const deepest = useful.reduce((a, b) =>
          Math.max(...b.map((e) => e.path.length)) > Math.max(...a.map((e) => e.path.length)) ? b : a,
        );
        out.push(...flattenIssues(deepest, knownKeys, path));
      }
    } else if (issue.code === "invalid_type" && issue.message.startsWith("Invalid input: expected")) {
      out.push({ path: joinPath(path), message: issue.message.replace("Invalid input: ", "") });
    } else {
      out.push({ path: joinPath(path), message: issue.message });
    }
  }
  return out;
}
