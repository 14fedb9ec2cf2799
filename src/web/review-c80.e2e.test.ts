/** Review c80-m4 in the web app: the registry page's top lacked the bispecific hold the CLI summary's top gives
 * ("... with the teclistamab hold until recovery the warning alert gives": render/clinician.ts lineChangeWords), and the
 * "held back" chips read as identifiers ("after bcma; anti cd38 refractory; bortezomib refractory").
 * Vignettes: examples/vignettes/review-c80-teclistamab-month2-anc-0.4-igg-220-infections.json (r806) and
 * review-c80-penta-refr-progressed-on-teclistamab-line5-off-therapy.json (r800). Checked in Node (nextSteps and
 * heldBackBy are pure), then on the page in Debian's Chromium. */
import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { assess } from "../core.js";
import { webAppSuite } from "./e2e-support.js";
import { fileTitle } from "./examples.js";
import type { JsonObject } from "./fields.js";
import { heldBackBy } from "./Options.js";
import { nextSteps } from "./Summary.js";

const path = (name: string) => `../../examples/vignettes/${name}.json`;
const vignette = (name: string): JsonObject =>
  JSON.parse(readFileSync(fileURLToPath(new URL(path(name), import.meta.url)), "utf8"));
const HOLD = "review-c80-teclistamab-month2-anc-0.4-igg-220-infections";
const AFTER_TEC = "review-c80-penta-refr-progressed-on-teclistamab-line5-off-therapy";
const HOLD_WORDS = "with the teclistamab hold until recovery the warning alert gives";

describe("c80-m4: the summary's top and the held-back chips (Node)", () => {
  it("the step now names the teclistamab hold, as the CLI headline does", () => {
    const a = assess(vignette(HOLD));
    expect(a.alerts.map((x) => x.id)).toContain("class.bispecific.anc-below-0.5");
    const now = nextSteps(a).find((s) => s.label === "Now");
    expect(now?.text).toContain(HOLD_WORDS);
  });

  it("control: with neutrophils 2.1 the step now has no hold", () => {
    const r = vignette(HOLD) as JsonObject & { labs: JsonObject; series: JsonObject };
    r.labs.neutrophils = { value: 2.1, unit: "10*9/L" };
    delete r.series.neutrophils;
    const steps = nextSteps(assess(r));
    expect(steps.map((s) => s.text).join(" ")).not.toContain("hold");
  });

  it("the chips are in clinical words", () => {
    const a = assess(vignette(AFTER_TEC));
    const bvd = a.options.find((o) => o.id === "rr.bvd");
    const linvo = a.options.find((o) => o.id === "bsab.linvoseltamab");
    expect(bvd && heldBackBy(bvd)).toEqual([
      "after BCMA-directed therapy",
      "anti-CD38-refractory",
      "bortezomib-refractory",
    ]);
    expect(linvo && heldBackBy(linvo)).toEqual(["after BCMA-directed therapy"]);
  });
});

webAppSuite("review c80-m4 in the web app (Chromium)", (app) => {
  const loadExample = (name: string) => app.loadExample(fileTitle(path(name)));

  it("c80-m4: the summary card's step now names the teclistamab hold", async () => {
    await loadExample(HOLD);
    const steps = (await app.page().getByTestId("next-step").allTextContents()).join(" ");
    expect(steps).toContain(HOLD_WORDS);
  });

  it("c80-m4: the held-back chips say 'after BCMA-directed therapy; anti-CD38-refractory; bortezomib-refractory'", async () => {
    await loadExample(AFTER_TEC);
    const chip = (id: string) =>
      app.page().locator(`[data-option-id="${id}"] .badge-held`).first().textContent();
    expect(await chip("rr.bvd")).toBe(
      "held back: after BCMA-directed therapy; anti-CD38-refractory; bortezomib-refractory",
    );
    expect(await chip("bsab.linvoseltamab")).toBe("held back: after BCMA-directed therapy");
  });
});
