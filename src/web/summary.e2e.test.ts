/** The summary card's phase says the regimen and the line once: the engine's reason names them already
 * ("On first-line therapy (D-VRd), no progression recorded: week 4 of line 1 ..."), so the card shows the
 * phase label and the reason, and adds "(regimen, line N)" only when the reason does not name it. Rendered to static
 * HTML in Node (no browser): web tests all live in the e2e project. */
import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { createElement } from "react";
import { renderToStaticMarkup } from "react-dom/server";
import { describe, expect, it } from "vitest";
import { assess } from "../core.js";
import type { Assessment } from "../engine/assessment.js";
import type { PatientRecord } from "../model/record.js";
import { ClinicianView } from "./Results.js";
import { forDisplay, SummaryCard } from "./Summary.js";

const record = JSON.parse(
  readFileSync(
    fileURLToPath(new URL("../../examples/vignettes/pathway-te-dvrd-week-3.json", import.meta.url)),
    "utf8",
  ),
) as PatientRecord;

/** The text of the card's phase block. */
function phaseText(a: Assessment): string {
  const html = renderToStaticMarkup(createElement(SummaryCard, { a: forDisplay(a) }));
  const block = /<div data-testid="phase">([\s\S]*?)<\/div>/.exec(html)?.[1] ?? "";
  return block
    .replace(/<[^>]+>/g, "")
    .replace(/&#x27;/g, "'")
    .replace(/&amp;/g, "&");
}

const count = (text: string, part: string) => text.split(part).length - 1;

describe("the summary card's phase", () => {
  it("names the regimen and the line once, with the engine's reason", () => {
    const a = assess(record);
    expect(a.phase?.currentRegimen).toBe("D-VRd");
    expect(a.phase?.reason).toMatch(/\(D-VRd\).*line 1/);
    const text = phaseText(a);
    expect(text).toBe(`PhaseOn induction · ${a.phase?.reason}`);
    expect(count(text, "D-VRd")).toBe(1);
    expect(count(text, "line 1")).toBe(1);
  });

  it('a reason that opens with the phase label stands alone (no "On maintenance · On maintenance")', () => {
    const a = assess(record);
    const maintenance = {
      ...(a.phase as NonNullable<Assessment["phase"]>),
      code: "maintenance" as const,
      currentRegimen: "R",
      reason: "On maintenance (R): week 30 of line 1 (from 2026-05-01); no prior lines.",
    };
    const text = phaseText({ ...a, phase: maintenance });
    expect(text).toBe(`Phase${maintenance.reason}`);
    expect(count(text, "On maintenance")).toBe(1);
  });

  it("a reason that does not name the regimen keeps it in brackets", () => {
    const a = assess(record);
    const phase = { ...(a.phase as NonNullable<Assessment["phase"]>), reason: "induction since 2026-11-10" };
    expect(phaseText({ ...a, phase })).toBe("PhaseOn induction (D-VRd, line 1) · induction since 2026-11-10");
  });

  it("without a reason, gives the regimen and the line in brackets", () => {
    const a = assess(record);
    const text = phaseText({ ...a, phase: { ...(a.phase as NonNullable<Assessment["phase"]>), reason: "" } });
    expect(text).toBe("PhaseOn induction (D-VRd, line 1)");
  });
});

describe("the clinician view's alerts", () => {
  /** Whether the "Alerts (N)" section renders open. */
  const alertsOpen = (a: Assessment): boolean | null => {
    const html = renderToStaticMarkup(createElement(ClinicianView, { a: forDisplay(a) }));
    const m = /<details( open="")?><summary>Alerts \(\d+\)<\/summary>/.exec(html);
    return m === null ? null : m[1] !== undefined;
  };
  const vignette = (name: string) =>
    JSON.parse(
      readFileSync(fileURLToPath(new URL(`../../examples/vignettes/${name}.json`, import.meta.url)), "utf8"),
    ) as PatientRecord;

  it("open when one is a warning: a kidney injury new on carfilzomib is not folded away below the options", () => {
    const a = assess(vignette("kd-kidney-impairment-new-on-carfilzomib"));
    expect(a.alerts.some((x) => x.id === "alert.kidney-new-on-treatment" && x.severity === "warning")).toBe(
      true,
    );
    expect(alertsOpen(a)).toBe(true);
  });

  it("folded when they are notes only", () => {
    const a = assess(record);
    const infoOnly = {
      ...a,
      alerts: [{ id: "x.note", severity: "info" as const, text: "A note.", citations: [], verified: true }],
    };
    expect(alertsOpen(infoOnly)).toBe(false);
  });
});
