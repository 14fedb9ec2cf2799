/** Review c13-5: the summary card's phase said the regimen and the line twice, "Induction (D-VRd, line 1) ·
 * On first-line therapy (D-VRd), no progression recorded: week 4 of line 1 ...", because the engine's
 * reason already names them. The card now names them once. */
import { readFileSync } from "node:fs";
import { createElement } from "react";
import { renderToStaticMarkup } from "react-dom/server";
import { describe, expect, it } from "vitest";
import { assess } from "../core.js";
import { SummaryCard } from "./Summary.js";

const vignette = (name: string) =>
  JSON.parse(readFileSync(new URL(`../../examples/vignettes/${name}.json`, import.meta.url), "utf8"));
const phaseText = (html: string) =>
  (/data-testid="phase">(.*?)<\/div>/.exec(html)?.[1] ?? "").replace(/<[^>]+>/g, "");
const count = (text: string, part: string) => text.split(part).length - 1;

describe("the summary card names the regimen of the phase once", () => {
  it("on D-VRd, week 4: the regimen once, with the engine's reason", () => {
    const a = assess(vignette("pathway-te-dvrd-week-3"));
    expect(a.phase.currentRegimen).toBe("D-VRd");
    const text = phaseText(renderToStaticMarkup(createElement(SummaryCard, { a })));
    expect(text).toContain(a.phase.reason as string);
    expect(count(text, "D-VRd")).toBe(1);
  });

  it("a reason that does not name the regimen keeps it in brackets", () => {
    const a = assess(vignette("pathway-te-dvrd-week-3"));
    const phase = { ...a.phase, reason: "induction since 2026-11-10" };
    const text = phaseText(renderToStaticMarkup(createElement(SummaryCard, { a: { ...a, phase } })));
    expect(text).toMatch(/\(D-VRd, line 1\) · induction since 2026-11-10/);
  });
});
