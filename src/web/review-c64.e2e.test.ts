/** Review c64 in the web app.
 * W2: the response chart graded a confirmed, MRD-negative CR after cilta-cel "PR?"/"PR" (its own record of the
 * day kept only the M-protein values: no immunofixation, no marrow), graded the undated current value at the
 * assessment date, and drew no band for the one-day CAR-T line. Each mark is now the core's grade, the same as
 * the engine's own list of assessments, and every line of the engine's linesOfTherapy is charted.
 * m4: the Spanish patient page ended with the decision-support notice in English.
 * Vignettes: examples/vignettes/pathway-after-cilta-cel-cr-no-maintenance.json and
 * examples/vignettes/handout-spanish-smm-high-risk-woman.json. The timeline is checked in Node (buildTimeline
 * is pure), then both screens in Debian's Chromium. */
import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { assess } from "../core.js";
import { wordsFor } from "../render/words/index.js";
import { webAppSuite } from "./e2e-support.js";
import type { JsonObject } from "./fields.js";
import { buildTimeline, seriesOfRecord } from "./timeline.js";

const vignette = (name: string): JsonObject =>
  JSON.parse(
    readFileSync(fileURLToPath(new URL(`../../examples/vignettes/${name}.json`, import.meta.url)), "utf8"),
  );
const CILTA = "pathway-after-cilta-cel-cr-no-maintenance";

describe("c64-W2: the response chart after cilta-cel grades each assessment as the engine does", () => {
  const record = vignette(CILTA);
  const a = assess(record);
  const t = (() => {
    try {
      return buildTimeline({ assessment: a, series: seriesOfRecord(record), record } as never);
    } catch {
      return { responses: [], lines: [], labs: new Map(), nadir: null } as never;
    }
  })() as ReturnType<typeof buildTimeline>;

  it("marks CR at both assessments of the CAR-T line, confirmed, as the engine's basis lists them", () => {
    expect(a.response).toMatchObject({ current: "CR", confirmed: true, line: 2, responseDate: "2026-10-01" });
    const line2 = t.responses.filter((r) => r.date > "2026-08-25");
    expect(line2).toEqual([
      { date: "2026-10-01", category: "CR", progression: false, confirmed: true },
      { date: "2026-11-20", category: "CR", progression: false, confirmed: true },
    ]);
    // The engine's own words list its latest assessments: the chart's are the same.
    const listed = /Assessments ([^.]*)\./.exec(a.response.basis)?.[1];
    expect(listed).toBe(line2.map((r) => `${r.date}: ${r.category}`).join(", "));
  });

  it("charts no value and grades no assessment at the record's date for a current value with no date", () => {
    expect(t.responses.map((r) => r.date)).not.toContain(a.asOf);
    expect(t.labs.get("serumMProtein")?.points.map((p) => p.date)).toEqual([
      "2026-04-20",
      "2026-08-20",
      "2026-10-01",
      "2026-11-20",
    ]);
  });

  it("charts every line of the engine's linesOfTherapy, the one-day CAR-T infusion included", () => {
    expect(t.lines.map((l) => [l.number, l.regimens.join(" + "), l.start, l.end])).toEqual(
      a.linesOfTherapy.lines.map((l) => [l.number, l.regimens.join(" + "), l.start, l.end]),
    );
    expect(t.lines.at(-1)).toMatchObject({
      number: 2,
      regimens: ["cilta-cel"],
      start: "2026-08-25",
      end: "2026-08-25",
    });
    // The nadir is that of the line assessed.
    expect(t.nadir).toEqual({ date: "2026-10-01", value: 0 });
  });

  it("control: with the serum and urine immunofixation positive at both dates the marks are not CR", () => {
    const r = structuredClone(record) as JsonObject & {
      series: Record<string, { date: string; result?: string }[]>;
    };
    for (const f of ["serumImmunofixation", "urineImmunofixation"])
      for (const p of r.series[f] ?? []) p.result = "positive";
    (r.labs as JsonObject).serumImmunofixation = "positive";
    (r.labs as JsonObject).urineImmunofixation = "positive";
    const b = assess(r);
    const marks = buildTimeline({ assessment: b, series: seriesOfRecord(r), record: r }).responses;
    expect(b.response.current).not.toBe("CR");
    expect(marks.at(-1)?.category).toBe(b.response.current);
    expect(marks.map((m) => m.category)).not.toContain("CR");
  });
});

webAppSuite("review c64 in the web app (Chromium)", (app) => {
  const loadExample = app.loadExample;

  it("c64-W2: the chart marks CR, as the header chip, and lists both lines, the CAR-T infusion included", async () => {
    await loadExample("Pathway after cilta cel cr no maintenance");
    const chart = app.page().getByTestId("mprotein-chart");
    await chart.waitFor();
    const marks = app.page().getByRole("list", { name: "IMWG response at each assessment" });
    await expect.poll(() => marks.textContent()).toMatch(/2026-10-01\s*CR/);
    const text = (await marks.textContent()) ?? "";
    expect(text).toMatch(/2026-11-20\s*CR/);
    expect(text).not.toMatch(/PR|not confirmed|2026-12-01/);
    const lines =
      (await app.page().getByRole("list", { name: "Lines of therapy charted" }).textContent()) ?? "";
    expect(lines).toMatch(/Line 1: D-VRd → ASCT → R maintenance, 2022-01-10 to 2026-05-01/);
    expect(lines).toMatch(/Line 2: cilta-cel, given on 2026-08-25/);
    expect(await chart.textContent()).toMatch(/with no date, not charted: Serum M-protein 0 g\/dL/);
    // The summary card says what the CLI says of a treated record: the category kept, not "meets the criteria".
    const card = (await app.page().getByTestId("summary-card").textContent()) ?? "";
    expect(card).toContain("Response CR");
    expect(card).toContain("Previously treated: category kept.");
    expect(card).not.toContain("Meets the IMWG 2014 criteria");
  });

  it("c64-m4: the Spanish patient page has no English notice: the notice is in Spanish", async () => {
    await loadExample("Handout spanish SMM high risk woman");
    await app.page().getByRole("tab", { name: "Patient" }).click();
    await app.page().getByTestId("handout").waitFor();
    await app.page().getByTestId("handout-lang").selectOption("es");
    const panel = app.page().getByRole("tabpanel", { name: "Patient" });
    await expect.poll(() => panel.getAttribute("aria-labelledby")).toBeTruthy();
    const text = (await panel.textContent()) ?? "";
    expect(text).toContain(wordsFor("es").summary.notice);
    expect(text).not.toContain(wordsFor("en").summary.notice);
    expect(text).not.toMatch(/Decision support only/);
    expect(await app.page().getByTestId("patient-notice").getAttribute("lang")).toBe("es");
    // Back to English: the notice follows the handout's language.
    await app.page().getByTestId("handout-lang").selectOption("en");
    expect(await app.page().getByTestId("patient-notice").textContent()).toBe(wordsFor("en").summary.notice);
  });
});
