/** Re-check c65 of the c63 fixes (report /work/review65/review.md): each case read the wrong thing on the first
 * 0.2.75 build. */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { renderHandout } from "../render/handout.js";
import { EN } from "../render/words/en.js";
import { assess } from "./assess.js";

// biome-ignore lint/suspicious/noExplicitAny: a vignette read as it is
type Rec = any;
const vignette = (name: string): Rec =>
  JSON.parse(readFileSync(join(import.meta.dirname, `../../examples/vignettes/${name}.json`), "utf8"));
const option = (a: ReturnType<typeof assess>, id: string) => a.options.find((o) => o.id === id);
const D_RD = "pathway.no-asct.d-rd-after-d-vrd";

describe("c65-U1: D-VRd stopped for toxicity is not resumed for its 'remaining cycles' (treatments.md 7b)", () => {
  it("stopped for toxicity, grade 3 painful neuropathy: D-Rd standard, no 'remaining D-VRd' step or words", () => {
    const a = assess(vignette("review-c65-dvrd-stopped-toxicity-neuropathy"));
    expect(option(a, D_RD)?.strength).toBe("standard");
    expect(a.plan?.map((s) => s.title).join(" ")).not.toMatch(/Remaining D-VRd/);
    expect(renderHandout(a, "text", EN)).not.toContain(EN.restOfFirstTreatmentStep);
  });

  it("the neuropathy alone (no stop reason) also keeps bortezomib from being resumed", () => {
    const r = vignette("review-c65-dvrd-stopped-toxicity-neuropathy");
    for (const t of r.treatmentHistory) delete t.stopReason;
    expect(option(assess(r), D_RD)?.strength).toBe("standard");
  });

  it("re-check c66-W1: no neuropathy recorded at all (grade and pain unknown): still held for the remaining cycles", () => {
    const r = vignette("review-c63-w1-no-transplant-after-4c-dvrd");
    r.conditions = { ...r.conditions, neuropathyGrade: undefined, neuropathyPainful: undefined };
    expect(option(assess(r), D_RD)?.strength).toBe("consider");
  });

  it("re-check c66-M1: grade 2 without pain: held, and the card gives bortezomib's reduced dose for the remaining cycles", () => {
    const r = vignette("review-c63-w1-no-transplant-after-4c-dvrd");
    r.conditions = { ...r.conditions, neuropathyGrade: 2, neuropathyPainful: false };
    const d = option(assess(r), D_RD);
    expect(d?.strength).toBe("consider");
    expect(d?.cautions.join(" ")).toMatch(
      /remaining D-VRd cycles are given, bortezomib at 1\.0 mg\/m2 or weekly/,
    );
  });

  it("control: stopped by choice with no neuropathy, 14 months ago: held, with the months since the line ended", () => {
    const a = assess(vignette("review-c65-dvrd5-ended-14-months-ago"));
    const d = option(a, D_RD);
    expect(d?.strength).toBe("consider");
    expect(d?.cautions.join(" ")).toMatch(
      /complete the remaining D-VRd cycles first.*months since the latest line ended: 1\d months/,
    );
  });
});

describe("c65-W1: the tandem transplant is listed only within 6 months of the first (the project's reading)", () => {
  it("7 months after the first transplant, del(17p), no consolidation: not listed", () => {
    const a = assess(vignette("review-c65-del17p-7-months-after-asct"));
    expect(option(a, "ndmm.te.tandem-asct")).toBeUndefined();
  });

  it("control: the same patient 45 days after the first transplant: listed", () => {
    const a = assess(vignette("review-c63-del17p-after-first-asct"));
    expect(option(a, "ndmm.te.tandem-asct")?.strength).toBe("consider");
  });
});

describe("c65-M3: the AL soft gates of more than 2 organs and CrCl < 30 hold the transplant, as age over 70 does", () => {
  it("myeloma with AL, 60, NYHA I, 3 organs: the transplant and collection are 'consider' with the organ reason", () => {
    const a = assess(vignette("review-c65-mm-al-3-organs-nyha1"));
    for (const id of ["ndmm.te.asct", "pathway.te.stem-cell-collection"]) {
      expect(option(a, id)?.strength).toBe("consider");
      expect(option(a, id)?.cautions.join(" ")).toMatch(/More than 2 organs involved/);
    }
  });

  it("myeloma with AL, kidney only, CrCl about 25 not on dialysis: 'consider'", () => {
    const a = assess(vignette("review-c65-mm-al-crcl25"));
    expect(option(a, "ndmm.te.asct")?.strength).toBe("consider");
  });

  it("control: myeloma with AL at 65, NYHA I, 2 organs (review-c63-mm-cardiac-al-nyha2 at class I): not held by a soft gate", () => {
    const r = vignette("review-c63-mm-cardiac-al-nyha2");
    r.conditions = { ...r.conditions, nyhaClass: "I", heartFailure: false };
    const a = assess(r);
    const asct = option(a, "ndmm.te.asct");
    expect(asct?.cautions.join(" ")).not.toMatch(/More than 2 organs|CrCl <30 mL\/min and not on dialysis/);
  });
});

describe("re-check c66-M2: consolidation 'now' long after the transplant is not a first choice (the project's 6 months)", () => {
  it("7 months after the transplant, nothing since: D-VRd consolidation 'consider', saying why", () => {
    const c = option(
      assess(vignette("review-c65-del17p-7-months-after-asct")),
      "ndmm.te.consolidation.d-vrd",
    );
    expect(c?.strength).toBe("consider");
    expect(c?.cautions.join(" ")).toMatch(
      /More than 6 months since the transplant with no consolidation recorded/,
    );
  });

  it("control: 45 days after the transplant it is standard", () => {
    const c = option(assess(vignette("review-c63-del17p-after-first-asct")), "ndmm.te.consolidation.d-vrd");
    expect(c?.strength).toBe("standard");
  });
});

describe("re-check c65-m3: heart failure with the transplant deferred", () => {
  it("the collection for a later transplant says cardiac function is impaired (no hold, as on the transplant card)", () => {
    const c = option(
      assess(vignette("review-c65-deferred-heart-failure-nyha3")),
      "pathway.deferred.stem-cell-collection",
    );
    expect(c?.strength).toBe("if-eligible");
    expect(c?.cautions.join(" ")).toMatch(/Cardiac function recorded as impaired/);
  });

  it("control: heart failure recorded absent, no such caution", () => {
    const r = vignette("review-c65-deferred-heart-failure-nyha3");
    r.conditions = { ...r.conditions, heartFailure: false, nyhaClass: "I" };
    const c = option(assess(r), "pathway.deferred.stem-cell-collection");
    expect(c?.cautions.join(" ")).not.toMatch(/Cardiac function recorded as impaired/);
  });
});
