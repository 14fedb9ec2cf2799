/** Plan 14 on the web: the clinician view shows the plan's step in its summary card ("Next step" or "Now");
 * that step carries the UNVERIFIED badge when the step is UNVERIFIED (as options and alerts do), and its
 * sources as inline citations linking to the references list, which holds them. Rendered to static HTML in
 * Node (no browser), as summary.e2e.test.ts: web tests all live in the e2e project. */
import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { createElement } from "react";
import { renderToStaticMarkup } from "react-dom/server";
import { describe, expect, it } from "vitest";
import { assess } from "../core.js";
import type { Assessment } from "../engine/assessment.js";
import { ClinicianView, citedIds } from "./Results.js";
import { forDisplay } from "./Summary.js";

const vignette = (name: string): Assessment =>
  assess(
    JSON.parse(
      readFileSync(fileURLToPath(new URL(`../../examples/vignettes/${name}.json`, import.meta.url)), "utf8"),
    ),
  );

/** The clinician view's HTML, and the inner HTML of its summary card's next-step block. */
function view(a: Assessment): { html: string; step: string } {
  const html = renderToStaticMarkup(createElement(ClinicianView, { a: forDisplay(a) }));
  const step = /<div data-testid="next-step">([\s\S]*?)<\/div>/.exec(html)?.[1] ?? "";
  return { html, step };
}

describe("the plan step on the web names its sources and marks UNVERIFIED", () => {
  it("an UNVERIFIED next step (maintenance after a first line that ended at the transplant): badge and sources", () => {
    const a = vignette("post-asct-maintenance");
    const next = a.plan.find((s) => s.status === "next");
    expect(next).toMatchObject({ phase: "maintenance", verified: false });
    const { html, step } = view(a);
    expect(step).toContain("Next step");
    expect(step).toContain('class="badge badge-unverified"');
    for (const id of next?.citations ?? []) {
      expect(step).toContain(`href="#ref-${id}"`);
      // The link leads somewhere: the references list holds the entry.
      expect(html).toContain(`id="ref-${id}"`);
    }
    expect(step).toMatch(/McCarthy 2017/);
    expect(citedIds(a)).toEqual(expect.arrayContaining(next?.citations ?? []));
  });

  it("a checked next step (the transplant after D-VRd induction): sources, no badge", () => {
    const a = vignette("pathway-te-dvrd-week-3");
    const next = a.plan.find((s) => s.status === "next");
    expect(next).toMatchObject({ phase: "transplant", verified: true });
    const { step } = view(a);
    expect(step).not.toContain("badge-unverified");
    expect(step).toContain('href="#ref-attal-2017-nejm"');
    expect(step).toContain('href="#ref-myeloma-drug-labels"');
  });

  it("an Assessment stored before steps carried sources: the step alone, no badge, no citation", () => {
    const a = vignette("post-asct-maintenance");
    const old = {
      ...a,
      plan: a.plan.map(({ citations: _c, verified: _v, ...rest }) => rest),
    } as unknown as Assessment;
    const { step } = view(old);
    expect(step).toContain("Maintenance: lenalidomide");
    expect(step).not.toContain("badge-unverified");
    expect(step).not.toContain("#ref-");
  });
});

describe("the clinician view shows the whole plan ahead, not only the next step", () => {
  /** The text of each item of the plan-ahead list, tags removed, in order. */
  const planItems = (html: string): string[] =>
    [
      ...(/<ol class="plan-ahead"[^>]*>([\s\S]*?)<\/ol>/.exec(html)?.[1] ?? "").matchAll(
        /<li[^>]*>([\s\S]*?)<\/li>/g,
      ),
    ].map((m) => (m[1] ?? "").replace(/<[^>]+>/g, "").replace(/&#x27;/g, "'"));

  it("three weeks into D-VRd for a transplant candidate: now induction, next the transplant, later consolidation and maintenance, at progression a new line", () => {
    const a = vignette("pathway-te-dvrd-week-3");
    const { html } = view(a);
    const items = planItems(html);
    expect(items).toHaveLength(a.plan.length);
    expect(items[0]).toMatch(/^Now · On induction: Induction/);
    expect(items[1]).toMatch(
      /^Next · Around transplant: Stem cell collection, then autologous stem cell transplant/,
    );
    expect(items[2]).toMatch(/^Later · After transplant: Consolidation/);
    expect(items[2]).toContain("UNVERIFIED");
    expect(items[3]).toMatch(/^Later · On maintenance: Maintenance: lenalidomide/);
    expect(items[4]).toMatch(/^If it progresses · Relapsed or progressed: At progression: a new line/);
    // Every step's sources link to the references list, which holds them.
    for (const step of a.plan)
      for (const id of step.citations) {
        expect(html).toContain(`href="#ref-${id}"`);
        expect(html).toContain(`id="ref-${id}"`);
      }
  });

  it("after the transplant: induction and transplant done, maintenance next with its options named", () => {
    const a = vignette("post-asct-maintenance");
    const items = planItems(view(a).html);
    expect(items.filter((t) => t.startsWith("Done"))).toHaveLength(2);
    const next = items.find((t) => t.startsWith("Next"));
    expect(next).toMatch(/On maintenance: Maintenance: lenalidomide/);
    // The options of the step by name (regimen code or title), each once.
    const names = a.plan
      .find((s) => s.status === "next")
      ?.optionIds.map((id) => a.options.find((o) => o.id === id))
      .map((o) => o?.regimen?.code ?? o?.title);
    for (const n of names ?? []) expect(next).toContain(String(n));
  });

  it("a pending product is marked pending and an EU-only regimen EU only, as in the clinician text (review c18 M5)", () => {
    const items = planItems(view(vignette("handout-penta-refractory-anito-cel-pending")).html);
    const next = items.find((t) => t.startsWith("Next")) ?? "";
    expect(next).toContain("anito-cel (pending, not approved)");
    expect(next).toContain("BPd (EU only)");
    expect(next).not.toContain("cilta-cel (pending");
  });
});

describe("options not offered for too few prior lines are shown on the web, with their sources (review c15-3)", () => {
  it("talquetamab after two prior lines: listed under Not offered, its sources linked into the references", () => {
    const a = vignette("review-c15-third-line-talquetamab-not-yet");
    const n = a.notOffered?.find((x) => x.id === "bsab.talquetamab");
    expect(n).toMatchObject({ threshold: 4, value: 2 });
    const { html } = view(a);
    expect(html).toContain(`Not offered (${a.notOffered?.length})`);
    const item = /<li[^>]*data-option-id="bsab.talquetamab"[^>]*>([\s\S]*?)<\/li>/.exec(html)?.[1];
    expect(item).toContain("not offered because it needs ≥ 4 prior lines");
    expect(item).toContain("2 prior lines recorded");
    expect(item).toContain('href="#ref-chari-2022-nejm"');
    expect(html).toContain('id="ref-chari-2022-nejm"');
  });

  it("control: a record with every option it qualifies for shows no Not offered section", () => {
    const { html } = view(vignette("post-asct-maintenance"));
    expect(html).not.toContain("Not offered");
  });
});

describe("the summary card's risk chip says what IMS/IMWG 2025 rests on (review c16)", () => {
  const chips = (a: Assessment) =>
    renderToStaticMarkup(createElement(ClinicianView, { a: forDisplay(a) })).replace(/<[^>]+>/g, " ");

  it("high risk by beta2-microglobulin at diagnosis alone: not called high-risk cytogenetics", () => {
    const a = vignette("review-c16-relapse-high-risk-by-b2m-at-diagnosis");
    expect(a.risk.cytogenetic).toMatchObject({ highRisk: true, geneticHighRisk: false });
    const text = chips(a);
    expect(text).toContain("High risk by beta2-microglobulin (IMS/IMWG 2025)");
    expect(text).not.toContain("High-risk cytogenetics");
  });

  it("genes known not high risk, values at diagnosis not recorded: not 'cytogenetic risk unknown'", () => {
    const a = vignette("review-c15-third-line-talquetamab-not-yet");
    expect(a.risk.cytogenetic).toMatchObject({ highRisk: null, geneticHighRisk: false });
    const text = chips(a);
    expect(text).toContain("Cytogenetics not high risk; IMS/IMWG 2025 risk unknown");
    expect(text).not.toContain("Cytogenetic risk unknown");
  });

  it("t(4;14) alone: not high risk by IMS/IMWG 2025, high risk by IMWG 2016, both said (as the clinician text)", () => {
    const a = vignette("review-c10d-t414-alone");
    expect(a.risk.cytogenetic).toMatchObject({ highRisk: false, imwg2016: { highRisk: true } });
    const text = chips(a);
    expect(text).toContain("Not high risk by IMS/IMWG 2025; high risk by IMWG 2016 (t(4;14))");
    expect(text).not.toContain("Standard-risk cytogenetics");
  });

  it("smouldering myeloma: no myeloma cytogenetic chip beside the IMWG 2020 score that counts its t(4;14)", () => {
    const a = vignette("handout-spanish-smm-high-risk-woman");
    expect(a.risk.cytogenetic.imwg2016.findings).toContain("t(4;14)");
    const text = chips(a);
    expect(text).toContain("IMWG 2020: intermediate-high");
    expect(text).not.toMatch(
      /Cytogenetics not high risk|Standard-risk cytogenetics|Cytogenetic risk unknown/,
    );
  });
});

describe("options the engine holds back say so on their row (review c64-M2)", () => {
  const rows = (a: Assessment) => {
    const html = renderToStaticMarkup(createElement(ClinicianView, { a: forDisplay(a) }));
    const out = new Map<string, string>();
    for (const m of html.matchAll(/data-option-id="([^"]+)"[\s\S]*?<\/summary>/g))
      out.set(m[1]!, m[0].replace(/<[^>]+>/g, " "));
    return out;
  };

  it("a frail 82-year-old: D-VRd and full-dose VRd are marked held back for frailty, DRd is not", () => {
    const r = rows(vignette("ndmm-transplant-ineligible-frail"));
    expect(r.get("ndmm.tie.d-vrd")).toMatch(/held back: frail or over 80/);
    expect(r.get("ndmm.vrd")).toMatch(/held back: frail or over 80 \(full-dose triplet\)/); // review c85-m6 words
    expect(r.get("ndmm.tie.drd")).not.toMatch(/held back/);
  });

  it("heart failure: the carfilzomib regimens are marked held back for heart failure", () => {
    const r = rows(vignette("safety-heart-failure-carfilzomib"));
    expect(r.get("rr.dkd")).toMatch(/held back: heart failure/);
  });
});
