/** Re-check c65-M2 (report /work/review65/review.md): a stem cell collection recorded the usual way (an entry in the
 * transplant phase of G-CSF, with plerixafor or cyclophosphamide, or of no drug) is known for what it is
 * (treatments.md 3c: "Stem cell collection: after <= 4 cycles of lenalidomide-containing therapy (US label)"): no
 * unknown-drug warning, no line, no transplant; the collection cards stop asking for it and the plan marks it done. */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { renderHandout } from "../render/handout.js";
import { EN } from "../render/words/en.js";
import { assess } from "./assess.js";
import { STEM_CELLS_COLLECTED_TITLE, TE_TRANSPLANT_AFTER_COLLECTION } from "./plan.js";
import { UNKNOWN_DRUG_ENTRY } from "./record-checks.js";

// biome-ignore lint/suspicious/noExplicitAny: a vignette read as it is
type Rec = any;
const vignette = (name: string): Rec =>
  JSON.parse(readFileSync(join(import.meta.dirname, `../../examples/vignettes/${name}.json`), "utf8"));
const option = (a: ReturnType<typeof assess>, id: string) => a.options.find((o) => o.id === id);
const DEFERRED = "pathway.deferred.stem-cell-collection";
const TE_COLLECTION = "pathway.te.stem-cell-collection";
const NOT_COLLECTED = /no stem cell collection is recorded/;
const allCautions = (a: ReturnType<typeof assess>) => a.options.flatMap((o) => o.cautions).join(" ");
const step = (a: ReturnType<typeof assess>, title: RegExp) => a.plan.find((s) => title.test(s.title));

describe("c65-M2: a stem cell collection recorded with the transplant deferred", () => {
  for (const name of [
    "review-c65-collection-gcsf",
    "review-c65-collection-gcsf-plerixafor",
    "review-c65-collection-no-drugs",
    "review-c65-collection-cy",
  ])
    it(`${name}: no warning, no line, the deferred card gone, its plan step done`, () => {
      const a = assess(vignette(name));
      expect(a.alerts.map((x) => x.id)).not.toContain(UNKNOWN_DRUG_ENTRY);
      expect(a.alerts.filter((x) => /treatment\./.test(x.id))).toEqual([]);
      expect(a.linesOfTherapy.lines).toHaveLength(1);
      expect(a.phase.code).toBe("induction");
      expect(a.phase.currentRegimen).toBe("D-VRd");
      expect(option(a, DEFERRED)).toBeUndefined();
      expect(allCautions(a)).not.toMatch(NOT_COLLECTED);
      const collection = step(a, /^Stem cell collection and storage for a later transplant/);
      expect(collection?.status).toBe("done");
      expect(step(a, /^Continued or maintenance therapy/)?.status).toBe("next");
      const handout = renderHandout(a, "text", EN);
      expect(handout).toContain(`Done: ${EN.collectionForLaterStep}.`);
      expect(handout).not.toMatch(/Done: Stem cell transplant/);
    });

  it("chemo-mobilisation: cyclophosphamide is no exposure and not in the line's regimen", () => {
    const a = assess(vignette("review-c65-collection-cy"));
    expect(a.linesOfTherapy.exposedDrugs).not.toContain("cyclophosphamide");
    expect(a.linesOfTherapy.exposedClasses).not.toContain("alkylator");
    expect(a.phase.lastRegimen).toBe("D-VRd");
  });

  it("control (before): the same record without the collection keeps the card, its caution and the step next", () => {
    const r = vignette("review-c65-collection-gcsf");
    r.treatmentHistory = r.treatmentHistory.slice(0, 1);
    const a = assess(r);
    expect(option(a, DEFERRED)?.cautions.join(" ")).toMatch(NOT_COLLECTED);
    expect(step(a, /^Stem cell collection and storage/)?.status).toBe("next");
  });

  it("control: G-CSF given for neutropenia during induction (phase induction) is no collection, and no warning", () => {
    const r = vignette("review-c65-collection-gcsf");
    r.treatmentHistory[1] = { ...r.treatmentHistory[1], regimen: "Filgrastim", phase: "induction" };
    const a = assess(r);
    expect(a.alerts.map((x) => x.id)).not.toContain(UNKNOWN_DRUG_ENTRY);
    expect(a.linesOfTherapy.lines).toHaveLength(1);
    expect(option(a, DEFERRED)?.cautions.join(" ")).toMatch(NOT_COLLECTED);
    expect(step(a, /^Stem cell collection and storage/)?.status).toBe("next");
  });

  it("control: a transplant-phase entry of no drug that does not name a collection is no collection", () => {
    const r = vignette("review-c65-collection-no-drugs");
    r.treatmentHistory[1].regimen = "Transplant work-up";
    expect(option(assess(r), DEFERRED)?.cautions.join(" ")).toMatch(NOT_COLLECTED);
  });
});

describe("c65-M2: the continuation given with the transplant deferred and no collection recorded", () => {
  it("D-VRd x8 then D-Rd, no collection: one caution on the line being given says none is recorded", () => {
    const a = assess(vignette("review-c65-collection-none-on-drd"));
    expect(a.phase.code).toBe("maintenance");
    const said = a.options.filter((o) => o.cautions.some((c) => NOT_COLLECTED.test(c)));
    expect(said.map((o) => o.id)).toEqual(["pathway.continue-current-line"]);
    expect(said[0]?.citations).toContain("myeloma-drug-labels");
  });

  it("the same with a collection recorded during D-VRd: no such caution, and the collection step done", () => {
    const r = vignette("review-c65-collection-none-on-drd");
    r.treatmentHistory.splice(1, 0, {
      regimen: "Stem cell collection (G-CSF)",
      drugs: ["filgrastim"],
      start: "2026-09-21",
      end: "2026-09-25",
      phase: "transplant",
    });
    const a = assess(r);
    expect(a.phase.code).toBe("maintenance");
    expect(allCautions(a)).not.toMatch(NOT_COLLECTED);
    expect(step(a, /^Stem cell collection and storage/)?.status).toBe("done");
  });
});

describe("c65-M2: a stem cell collection recorded with candidacy 'yes'", () => {
  it("chemo-mobilisation recorded: collection done, the transplant still ahead, no collection card", () => {
    const a = assess(vignette("review-c65-collection-yes-cy"));
    expect(option(a, TE_COLLECTION)).toBeUndefined();
    expect(option(a, "ndmm.te.asct")).toBeDefined();
    expect(a.phase.code).toBe("induction");
    expect(a.plan.find((s) => s.title === STEM_CELLS_COLLECTED_TITLE)?.status).toBe("done");
    const transplant = a.plan.find((s) => s.title.startsWith(TE_TRANSPLANT_AFTER_COLLECTION));
    expect(transplant?.status).toBe("next");
    expect(transplant?.optionIds).toContain("ndmm.te.asct");
    const handout = renderHandout(a, "text", EN);
    expect(handout).toContain(`Done: ${EN.collectionStep}.`);
    expect(handout).toContain("Next: Stem cell transplant.");
    expect(handout).not.toMatch(/Done: Stem cell transplant/);
  });

  it("control: without the collection, the combined step is next and the collection card is listed", () => {
    const r = vignette("review-c65-collection-yes-cy");
    r.treatmentHistory = r.treatmentHistory.slice(0, 1);
    const a = assess(r);
    expect(option(a, TE_COLLECTION)).toBeDefined();
    expect(step(a, /^Stem cell collection, then autologous stem cell transplant/)?.status).toBe("next");
  });

  it("control: a real autograft after the collection (melphalan, asct) is still the transplant", () => {
    const r = vignette("review-c65-collection-yes-cy");
    r.treatmentHistory[0].end = "2026-11-10";
    r.treatmentHistory.push({
      regimen: "ASCT (melphalan 200)",
      drugs: ["melphalan"],
      start: "2026-12-20",
      end: "2026-12-20",
      phase: "transplant",
      asct: true,
    });
    r.asOf = "2027-01-20";
    const a = assess(r);
    expect(a.linesOfTherapy.lines).toHaveLength(1);
    expect(a.linesOfTherapy.lines[0]?.includesAsct).toBe(true);
    expect(a.phase.code).toBe("post-transplant");
    expect(a.plan.find((s) => s.phase === "transplant" && s.status !== "done")).toBeUndefined();
  });

  it("control: melphalan alone in the transplant phase with G-CSF is no collection (a transplant may be)", () => {
    const r = vignette("review-c65-collection-yes-cy");
    r.treatmentHistory[1].drugs = ["melphalan", "filgrastim"];
    const a = assess(r);
    expect(a.plan.some((s) => s.title === STEM_CELLS_COLLECTED_TITLE)).toBe(false);
  });
});
