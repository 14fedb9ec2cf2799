import { readdirSync, readFileSync, statSync } from "node:fs";
import { join, relative } from "node:path";
import { fileURLToPath } from "node:url";
import rs from "text-readability";
import { describe, expect, it } from "vitest";
import { BIBLIOGRAPHY, isCitationId } from "../model/bibliography/index.js";
import { renderKnowledgeMarkdown } from "./docs.js";
import { ALERT_RULES, DRUG_RULES, FACTS, KNOWLEDGE_ENTRIES, KNOWLEDGE_VERSION, leavesOf } from "./index.js";
import type { Condition } from "./types.js";

const root = fileURLToPath(new URL("../..", import.meta.url));

function allConditions(): { where: string; c: Condition }[] {
  return [
    ...KNOWLEDGE_ENTRIES.flatMap((e) => [
      { where: e.id, c: e.when },
      ...(e.label?.us ? [{ where: `${e.id} (US label)`, c: e.label.us }] : []),
      ...(e.label?.eu ? [{ where: `${e.id} (EU label)`, c: e.label.eu }] : []),
      ...e.cautions.flatMap((c) => (c.when ? [{ where: `${e.id} caution`, c: c.when }] : [])),
    ]),
    ...DRUG_RULES.map((r) => ({ where: r.id, c: r.when })),
    ...ALERT_RULES.map((r) => ({ where: r.id, c: r.when })),
  ];
}

describe("knowledge base as data", () => {
  it("has one version string and unique ids across entries, drug rules and alerts", () => {
    expect(KNOWLEDGE_VERSION).toMatch(/^\d{4}\.\d{2}\.\d{2}(\.[1-9]\d*)?$/);
    const ids = [...KNOWLEDGE_ENTRIES, ...DRUG_RULES, ...ALERT_RULES].map((x) => x.id);
    expect(ids.length).toBe(new Set(ids).size);
  });

  it("compares every enumerated fact only with a value that fact can take", () => {
    for (const { where, c } of allConditions()) {
      for (const leaf of leavesOf(c)) {
        const allowed = FACTS[leaf.fact].values;
        const vals = "is" in leaf ? [leaf.is] : "in" in leaf ? [...leaf.in] : [];
        if (!allowed) continue;
        for (const v of vals) expect(allowed, `${where}: ${leaf.fact} = ${String(v)}`).toContain(v);
      }
    }
  });

  it("names drugs in lower-case generic form", () => {
    for (const e of KNOWLEDGE_ENTRIES)
      for (const d of e.regimen?.drugs ?? []) expect(d, e.id).toMatch(/^[a-z][a-z0-9 -]*$/);
    for (const r of DRUG_RULES) for (const d of r.drugs) expect(d, r.id).toMatch(/^[a-z][a-z0-9 -]*$/);
  });

  it("gives every entry a US and EU regulatory slot, a clinician text and a cited source", () => {
    for (const e of KNOWLEDGE_ENTRIES) {
      expect(e.citations.length, e.id).toBeGreaterThan(0);
      expect(e.clinicianText.length, e.id).toBeGreaterThan(20);
      expect(e.regulatory).toHaveProperty("us");
      expect(e.regulatory).toHaveProperty("eu");
      if (e.evidence !== "verified") expect(e.evidenceNote, `${e.id} says what is not verified`).toBeTruthy();
    }
  });

  it("says in every unverified entry's note what is UNVERIFIED, since every surface prefixes it with 'Part of this is marked UNVERIFIED'", () => {
    // An Rd note said "The reference gives this row without a verification mark." right after that prefix.
    const silent = KNOWLEDGE_ENTRIES.filter(
      (e) => e.evidence === "unverified" && !/UNVERIFIED/.test(e.evidenceNote ?? ""),
    );
    expect(silent.map((e) => `${e.id}: ${e.evidenceNote}`)).toEqual([]);
  });

  it("writes every patient text in plain language (Flesch-Kincaid grade <= 8)", () => {
    const tooHard = KNOWLEDGE_ENTRIES.map((e) => ({
      id: e.id,
      grade: rs.fleschKincaidGrade(e.patientText),
    })).filter((x) => x.grade > 8);
    expect(tooHard).toEqual([]);
  });
});

/** Collects every citation a rule table uses: knowledge entries, drug rules, alerts, and every exported
 * `defineRules` table (or rule-shaped object) under src/ core folders. */
async function collectUsedCitations(): Promise<{ used: Set<string>; tables: string[] }> {
  const used = new Set<string>();
  const tables: string[] = [];
  const add = (ids: readonly string[]) => {
    for (const id of ids) used.add(id);
  };
  for (const e of KNOWLEDGE_ENTRIES) {
    add(e.citations);
    for (const c of e.cautions) add(c.citations ?? []);
  }
  for (const r of [...DRUG_RULES, ...ALERT_RULES]) add(r.citations);

  const dirs = ["model", "criteria", "scores", "response", "knowledge", "engine", "render", "fhir"].map((d) =>
    join(root, "src", d),
  );
  const files: string[] = [];
  const walk = (dir: string) => {
    for (const name of readdirSync(dir)) {
      const p = join(dir, name);
      if (statSync(p).isDirectory()) walk(p);
      else if (p.endsWith(".ts") && !p.endsWith(".test.ts") && !p.endsWith(".d.ts")) files.push(p);
    }
  };
  for (const d of dirs) {
    try {
      walk(d);
    } catch {
      // folder not there yet
    }
  }
  const visit = (v: unknown, depth: number) => {
    if (depth > 4 || v === null || typeof v !== "object") return;
    const o = v as Record<string, unknown>;
    if (typeof o.citation === "string") used.add(o.citation);
    if (typeof o.citationId === "string") used.add(o.citationId);
    if (Array.isArray(o.citations)) for (const c of o.citations) if (typeof c === "string") used.add(c);
    for (const x of Array.isArray(v) ? v : Object.values(o)) visit(x, depth + 1);
  };
  for (const f of files) {
    const mod = (await import(f)) as Record<string, unknown>;
    for (const [name, value] of Object.entries(mod)) {
      if (name === "BIBLIOGRAPHY" || name.endsWith("_CITATIONS")) continue;
      if (value && typeof value === "object") {
        const before = used.size;
        visit(value, 0);
        if (used.size > before || /RULES$/.test(name)) tables.push(`${relative(root, f)}:${name}`);
      }
    }
  }
  return { used, tables };
}

describe("citations", () => {
  it("resolves every citation of every option, caution, drug rule and alert", async () => {
    const { used } = await collectUsedCitations();
    const unresolved = [...used].filter((id) => !isCitationId(id));
    expect(unresolved).toEqual([]);
  });

  it("resolves every source of every plan step (src/engine/plan.ts PLAN_STEP_SOURCES)", async () => {
    // Loaded by path, as the walk above loads every core file (the knowledge folder imports no engine code).
    const mod = (await import(join(root, "src", "engine", "plan.ts"))) as {
      PLAN_STEP_SOURCES?: Record<string, { citations: readonly string[]; verified: boolean }>;
    };
    const table = Object.entries(mod.PLAN_STEP_SOURCES ?? {});
    expect(table.length).toBeGreaterThan(10);
    const { used } = await collectUsedCitations();
    const problems = table.flatMap(([step, src]) => [
      ...(src.citations.length === 0 ? [`${step}: no citation`] : []),
      ...src.citations.filter((c) => !isCitationId(c)).map((c) => `${step}: unresolved ${c}`),
      ...src.citations.filter((c) => !used.has(c)).map((c) => `${step}: not collected ${c}`),
    ]);
    expect(problems).toEqual([]);
  });

  it("uses every bibliography entry in some rule table", async () => {
    const { used, tables } = await collectUsedCitations();
    expect(tables.length).toBeGreaterThan(0);
    const unused = Object.keys(BIBLIOGRAPHY).filter((id) => !used.has(id));
    expect(unused).toEqual([]);
  });
});

describe("docs/knowledge.md", () => {
  it("is in step with the data (regenerate: npx tsx scripts/gen-knowledge-docs.ts)", () => {
    const committed = readFileSync(join(root, "docs", "knowledge.md"), "utf8");
    expect(committed).toBe(renderKnowledgeMarkdown());
  });

  it("lists every recommendation with its conditions in words and its sources", () => {
    const md = renderKnowledgeMarkdown();
    for (const e of KNOWLEDGE_ENTRIES) {
      expect(md).toContain(`\`${e.id}\``);
      for (const c of e.citations) expect(md).toContain(`${c}: `);
    }
    expect(md).toContain(
      "- **applies when:** (diagnosis (IMWG 2014) is smoldering-myeloma AND not anti-myeloma drug therapy given before)",
    );
  });
});
