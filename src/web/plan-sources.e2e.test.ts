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
