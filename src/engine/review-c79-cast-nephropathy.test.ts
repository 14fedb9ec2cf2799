/** Review c79-m3 (report /work/review79/review.md; records r7933, r7934): myeloma cast nephropathy at diagnosis (CrCl
 * 19, not on dialysis; and on dialysis): D-VRd "preferred" beside VCd "preferred", with no word of the reference's
 * sequence. treatments.md 3b, VCd row: for acute kidney injury / cast nephropathy at presentation bortezomib-based
 * regimens are the cornerstone, with high-dose dexamethasone; "Switch to quadruplet (e.g., D-VRd with renal-adjusted
 * lenalidomide) once renal function is known". The lenalidomide-containing induction cards now say it (strength
 * unchanged), when the renal criterion is met and attributed to myeloma or its attribution is not recorded. */
import { describe, expect, it } from "vitest";
import { assessAllWaysAgree } from "../testing/agreement.js";
import { readVignette } from "../testing/example-records.js";
import { assess } from "./assess.js";
import type { Assessment } from "./assessment.js";

const M3 = "review-c79-cast-nephropathy-not-dialysis";
const SEQUENCE =
  /Myeloma kidney injury.*the reference gives bortezomib-based therapy \(VCd\) first, with high-dose dexamethasone, and the quadruplet with renal-adjusted lenalidomide once renal function is known \(treatments\.md 3b\)/;
const flat = (s: string) => s.replace(/\s+/g, " ");
const cautions = (a: Assessment, id: string) =>
  flat(a.options.find((o) => o.id === id)?.cautions.join(" ") ?? "");
const strengths = (a: Assessment) => Object.fromEntries(a.options.map((o) => [o.id, o.strength]));
/** The lenalidomide-containing induction cards listed at diagnosis in this transplant candidate. */
const WITH_LENALIDOMIDE = ["ndmm.te.d-vrd", "ndmm.te.isa-vrd", "ndmm.vrd", "ndmm.te.krd"];
/** Cards without lenalidomide, and lenalidomide given after the transplant: not theirs. */
const OTHERS = ["ndmm.renal.vcd", "ndmm.te.d-vtd", "maint.lenalidomide"];
// biome-ignore lint/suspicious/noExplicitAny: a vignette read as it is
const variant = (change: (r: any) => void) => {
  const r = readVignette(M3);
  change(r);
  return r;
};

describe("c79-m3: cast nephropathy at diagnosis, the lenalidomide-containing inductions say the reference's sequence", () => {
  for (const [name, record] of [
    ["r7933, not on dialysis, attributed", readVignette(M3)],
    [
      "r7934, on dialysis, attributed",
      variant((r) => {
        r.conditions.renalFailureOnDialysis = true;
        r.labs.creatinine.value = 6.9;
      }),
    ],
  ] as const)
    it(`${name}: the caution on each, strengths unchanged, the attribution named`, () => {
      const a = assessAllWaysAgree(record);
      for (const id of WITH_LENALIDOMIDE) {
        expect(cautions(a, id)).toMatch(SEQUENCE);
        expect(cautions(a, id)).toContain("kidney impairment attributed to myeloma by the team: yes");
      }
      for (const id of OTHERS) expect(cautions(a, id)).not.toMatch(SEQUENCE);
      const s = strengths(a);
      expect([s["ndmm.renal.vcd"], s["ndmm.te.d-vrd"], s["ndmm.te.isa-vrd"]]).toEqual([
        "preferred",
        "preferred",
        "preferred",
      ]);
      expect([s["ndmm.vrd"], s["ndmm.te.krd"]]).toEqual(["standard", "consider"]);
    });

  it("the attribution not recorded: said, naming it as not known (VCd is held at 'consider' as before)", () => {
    const a = assessAllWaysAgree(
      variant((r) => {
        delete r.conditions.kidneyImpairmentFromMyeloma;
      }),
    );
    for (const id of WITH_LENALIDOMIDE) {
      expect(cautions(a, id)).toMatch(SEQUENCE);
      expect(cautions(a, id)).toContain("kidney impairment attributed to myeloma by the team: not known");
    }
    expect(strengths(a)["ndmm.renal.vcd"]).toBe("consider");
  });
});

describe("c79-m3 controls: unchanged", () => {
  it("the team attributes the kidney impairment to another cause: no caution", () => {
    const a = assessAllWaysAgree(
      variant((r) => {
        r.conditions.kidneyImpairmentFromMyeloma = false;
      }),
    );
    for (const id of WITH_LENALIDOMIDE) expect(cautions(a, id)).not.toMatch(SEQUENCE);
  });

  it("no kidney injury (creatinine 1.0, no free light chain excess in the kidney): no caution", () => {
    const a = assessAllWaysAgree(
      variant((r) => {
        r.labs.creatinine.value = 1.0;
        delete r.conditions.kidneyImpairmentFromMyeloma;
      }),
    );
    expect(a.options.some((o) => o.id === "ndmm.renal.vcd")).toBe(false);
    for (const id of WITH_LENALIDOMIDE) expect(cautions(a, id)).not.toMatch(SEQUENCE);
  });

  it("on induction already (treated): the diagnosis cards are not listed, the line being given has no such caution", () => {
    const a = assess(readVignette("review-c79-dvrd-week23-no-collection"));
    expect(a.options.some((o) => SEQUENCE.test(flat(o.cautions.join(" "))))).toBe(false);
  });
});
