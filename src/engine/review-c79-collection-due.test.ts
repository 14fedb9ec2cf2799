/** Review c79-M1 (report /work/review79/review.md; record r7939): D-VRd induction at week 23-24 in a transplant
 * candidate with no stem cell collection recorded read "Continue the line ... (standard)", plan "now: Induction", handout
 * "keep going", and no alert; the one word of it was a caution inside the collection card. treatments.md 3c: "Stem cell
 * collection: after <= 4 cycles of lenalidomide-containing therapy (US label)"; 3b: D-VRd (PERSEUS) "4 induction cycles
 * -> ASCT". The engine's own count (lenalidomideWeeksBeforeAsct, 12 weeks: 4 cycles of 21 days) now raises a warning, the
 * same caution on the line being given (strength unchanged: the reference gives no rule to stop induction), the plan's
 * step now marked "collection-due", and the handout (EN, ES) says the collection is next. */
import { describe, expect, it } from "vitest";
import {
  COLLECTION_DUE_ALERT,
  CONTINUE_CURRENT_LINE,
  DEFERRED_STEM_CELL_COLLECTION,
} from "../knowledge/entries/pathway.js";
import { renderHandout } from "../render/handout.js";
import { EN } from "../render/words/en.js";
import { ES } from "../render/words/es.js";
import { assessAllWaysAgree } from "../testing/agreement.js";
import { readVignette } from "../testing/example-records.js";
import { assess } from "./assess.js";
import type { Assessment } from "./assessment.js";

const M1 = "review-c79-dvrd-week23-no-collection";
const DUE = COLLECTION_DUE_ALERT;
const CONTINUE = CONTINUE_CURRENT_LINE;
const DEFERRED = DEFERRED_STEM_CELL_COLLECTION;
const flat = (s: string) => s.replace(/\s+/g, " ");
const alertIds = (a: Assessment) => a.alerts.map((x) => x.id);
const option = (a: Assessment, id: string) => a.options.find((o) => o.id === id);
/** The cautions of an option, one line (empty when it is not shown). */
const said = (a: Assessment, id: string) => flat(option(a, id)?.cautions.join(" ") ?? "");
const DUE_WORDS =
  /no stem cell collection recorded.*PERSEUS gives D-VRd as 4 induction cycles before the transplant/;
const nextSection = (t: string, w: typeof EN) =>
  flat(t.slice(t.indexOf(w.headings.next), t.indexOf(w.headings.options)));
/** The vignette with changes (a fresh copy each time). */
// biome-ignore lint/suspicious/noExplicitAny: a vignette read as it is
const variant = (change: (r: any) => void) => {
  const r = readVignette(M1);
  change(r);
  return assess(r);
};
/** Not flagged: no alert, no caution on the line being given, no code on the plan, the handout unchanged. */
const notFlagged = (a: Assessment) => {
  expect(alertIds(a)).not.toContain(DUE);
  expect(said(a, CONTINUE)).not.toMatch(DUE_WORDS);
  expect(a.plan.some((s) => s.code === "collection-due")).toBe(false);
  expect(flat(renderHandout(a, "text", EN))).not.toContain(EN.collectionDue);
};

describe("c79-M1: lenalidomide-containing induction past 4 cycles, transplant candidate, no collection (r7939)", () => {
  const a = assess(readVignette(M1));

  it("a warning alert names the weeks, the label's 4 cycles and PERSEUS's 4 induction cycles", () => {
    const x = a.alerts.find((al) => al.id === DUE);
    expect(x?.severity).toBe("warning");
    const text = flat(x?.text ?? "");
    expect(text).toMatch(DUE_WORDS);
    expect(text).toMatch(/lenalidomide US label collects stem cells within 4 cycles/);
    expect(text).toMatch(/plan mobilisation with the team/i);
    expect(text).toContain("23 weeks");
    expect(x?.citations).toEqual(expect.arrayContaining(["myeloma-drug-labels", "sonneveld-2024-nejm"]));
    expect(x?.verified).toBe(true);
  });

  it("the line being given says it too, its strength unchanged (the reference gives no rule to stop induction)", () => {
    const o = option(a, CONTINUE);
    expect(o?.strength).toBe("standard");
    expect(said(a, CONTINUE)).toMatch(DUE_WORDS);
    expect(said(a, CONTINUE)).toContain("23 weeks");
  });

  it("the plan's step now is the induction marked collection-due, its title asking to plan the collection", () => {
    const now = a.plan.find((s) => s.status === "current");
    expect(now?.phase).toBe("induction");
    expect(now?.code).toBe("collection-due");
    expect(now?.title).toMatch(/plan the stem cell collection/i);
    // Re-check c82-m4: the window is counted from its earliest end, so neither "due" nor one trial's cycles.
    expect(now?.title).not.toMatch(/collection due|PERSEUS/);
    expect(now?.title).toContain("23 weeks");
    // The transplant (with its collection) is still the step next.
    expect(a.plan.find((s) => s.status === "next")?.phase).toBe("transplant");
  });

  for (const w of [EN, ES])
    it(`handout (${w === EN ? "EN" : "ES"}): the collection is next, not "keep going"`, () => {
      const t = nextSection(renderHandout(a, "text", w), w);
      expect(t).toContain(w.collectionDue);
      expect(t).toContain(`${w.planStatus.current}: ${w.collectionDueStep}.`);
      // Re-check c82-m4: the step asks when, as the paragraph above it does; it does not call the collection due now.
      expect(t).not.toMatch(/collecting your stem cells is due now|ya toca recolectar/);
      expect(t).not.toContain(flat(w.keepGoing("")).slice(0, 30));
      expect(t).not.toContain(`${w.planStatus.current}: ${w.phase.induction.step}.`);
    });

  it("fast path, plain reference and codes-only agree", () => {
    assessAllWaysAgree(readVignette(M1));
  });

  it("from the 12th week of lenalidomide-containing induction (the collection card's count), not at 11", () => {
    const at = (start: string) =>
      variant((r) => {
        r.treatmentHistory[0].start = start;
      });
    // 2026-09-08 to asOf 2026-12-01: 84 days, 12 weeks; a day later, 11.
    const twelve = at("2026-09-08");
    expect(alertIds(twelve)).toContain(DUE);
    expect(twelve.alerts.find((x) => x.id === DUE)?.text).toContain("12 weeks");
    notFlagged(at("2026-09-09"));
  });
});

describe("c79-M1 controls: unchanged", () => {
  it("week 3 of D-VRd (r7914): keep going", () => {
    const a = assess(readVignette("pathway-te-dvrd-week-3"));
    notFlagged(a);
    expect(flat(renderHandout(a, "text", EN))).toContain("The usual plan is to keep going");
  });

  it("a stem cell collection recorded in the line", () => {
    const a = variant((r) => {
      r.treatmentHistory.push({
        regimen: "Stem cell mobilisation (G-CSF)",
        drugs: ["filgrastim"],
        start: "2026-11-14",
        end: "2026-11-20",
        phase: "transplant",
      });
    });
    expect(option(a, "pathway.te.stem-cell-collection")).toBeUndefined();
    notFlagged(a);
  });

  it("transplant deferred: its own collection card keeps the label rule, and the alert is raised too (re-check c81-m2)", () => {
    const a = variant((r) => {
      r.transplant.candidate = "deferred";
    });
    expect(a.alerts.map((x) => x.id)).toContain("pathway.te.collection-due");
    expect(said(a, DEFERRED)).toMatch(
      /Transplant deferred, lenalidomide-containing induction recorded for 12 weeks or more/,
    );
  });

  it("not a transplant candidate", () => {
    notFlagged(
      variant((r) => {
        r.transplant.candidate = "no";
      }),
    );
  });

  it("candidacy not recorded: the collection card's caution only", () => {
    const a = variant((r) => {
      delete r.transplant;
    });
    notFlagged(a);
  });

  it("an induction without lenalidomide (D-VTd)", () => {
    const record = readVignette(M1);
    record.treatmentHistory[0] = {
      ...record.treatmentHistory[0],
      regimen: "D-VTd",
      drugs: ["daratumumab", "bortezomib", "thalidomide", "dexamethasone"],
    };
    notFlagged(assessAllWaysAgree(record));
  });

  it("a possible progression on the line (IMWG wordings differ; VRd week 22, review c39-L2): its own question first", () => {
    notFlagged(assess(readVignette("review-c41-l2-vrd-on-therapy-single-nadir-0.4-to-1.5-1.8-58")));
  });

  it("the collection card keeps its own caution", () => {
    const a = assess(readVignette(M1));
    expect(said(a, "pathway.te.stem-cell-collection")).toMatch(
      /Lenalidomide-containing induction recorded for 12 weeks or more with no transplant yet/,
    );
  });
});
