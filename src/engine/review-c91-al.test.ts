/** Review c91 (AL amyloidosis, engine 0.2.83): W2 the myeloma PD rule hid an AL haematologic response lost after a CR;
 * W1 myeloma with cardiac AL failing the AL hard transplant gate; M4 the AL stage at diagnosis from values of different
 * dates; M6 suspected AL without tissue; m7 untyped amyloid staged as AL; m1 the bortezomib hold in AL nerve
 * involvement. Records: examples/vignettes/review-c91-*.json (the reviewer's records). */
import { describe, expect, it } from "vitest";
import { renderHandout } from "../render/handout.js";
import { EN } from "../render/words/en.js";
import { assessAllWaysAgree } from "../testing/agreement.js";
import { readVignette } from "../testing/example-records.js";

// biome-ignore lint/suspicious/noExplicitAny: a vignette read as it is, changed freely by the test
const variant = (name: string, change: (r: any) => void = () => {}) => {
  const r = readVignette(name);
  change(r);
  return assessAllWaysAgree(r);
};
const ids = (xs: readonly { id: string }[]) => xs.map((x) => x.id);

const AL06 = "review-c91-al06-relapse-dflc-rising-2y-after-cr";

describe("c91-W2: an AL CR lost while the dFLC rise also meets the myeloma PD size (> 100 mg/L)", () => {
  it("reads the CR as lost, warns that the light chain is rising and does not make the transplant the next step", () => {
    const a = variant(AL06);
    expect(a.diagnosis.category).toBe("al-amyloidosis");
    expect(a.response?.alHaematologic?.responseLost?.level).toBe("CR");
    expect(ids(a.alerts)).toContain("alert.al.light-chain-rising-after-response");
    expect(ids(a.options)).not.toContain("al.asct");
    expect(a.plan.some((s) => s.optionIds.includes("al.asct"))).toBe(false);
    // The myeloma PD rule is not AL's: its unconfirmed-PD alert does not stand beside the AL reading.
    expect(ids(a.alerts)).not.toContain("response.progression-unconfirmed");
    expect(a.response?.basis).toContain("Myeloma criteria (IMWG 2016), not used for AL");
  });

  it("does so too when the myeloma PD rule is confirmed by a third value", () => {
    const a = variant(AL06, (r) => {
      const s = r.series;
      s.involvedFreeLightChain.splice(4, 0, { value: 140, unit: "mg/L", date: "2026-10-15" });
      s.uninvolvedFreeLightChain.splice(4, 0, { value: 10, unit: "mg/L", date: "2026-10-15" });
    });
    expect(a.response?.alHaematologic?.responseLost?.level).toBe("CR");
    expect(ids(a.alerts)).toContain("alert.al.light-chain-rising-after-response");
    expect(ids(a.options)).not.toContain("al.asct");
  });

  it("control: a progression the team recorded on the line is kept", () => {
    const a = variant(AL06, (r) => {
      r.treatmentHistory[1].progressedOn = true;
      r.treatmentHistory[1].progressionDate = "2026-11-30";
    });
    expect(a.response?.progression).toBe(true);
  });
});

const AL07 = "review-c91-al07-with-mm-marrow-65";
const TRANSPLANT_BUILT = [
  "ndmm.te.d-vrd",
  "ndmm.te.isa-vrd",
  "ndmm.te.d-vtd",
  "ndmm.te.krd",
  "ndmm.te.asct",
  "ndmm.te.consolidation",
  "pathway.te.stem-cell-collection",
];

describe("c91-W1: myeloma with cardiac AL failing the AL hard transplant gate (NT-proBNP > 5000 pg/mL, not on dialysis)", () => {
  it("holds every transplant-built option, says why, and leads with the options without a transplant", () => {
    const a = variant(AL07);
    expect(a.diagnosis.category).toBe("multiple-myeloma");
    expect(a.diagnosis.alsoMeets).toContain("al-amyloidosis");
    const listed = ids(a.options);
    for (const id of TRANSPLANT_BUILT) expect(listed).not.toContain(id);
    expect(ids(a.alerts)).toContain("alert.al-also-asct-gates-not-met");
    expect(ids(a.alerts)).not.toContain("pathway.transplant-eligibility-undecided");
    expect(a.options[0]?.id).toMatch(/^ndmm\.(tie|vrd)/);
    expect(a.plan.some((s) => s.phase === "transplant")).toBe(false);
    const dvrd = a.options.find((o) => o.id === "ndmm.tie.d-vrd");
    expect(dvrd?.because.join(" ")).toContain("AL hard transplant gate");
  });

  it("the handout promises no transplant waiting on heart tests", () => {
    const text = renderHandout(variant(AL07), "text", EN).replace(/\s+/g, " ");
    expect(text).not.toContain("only if heart and other tests allow a transplant");
    expect(text).not.toContain("only if a transplant is right for you");
  });

  it("control: on dialysis the NT-proBNP gate does not apply, and the candidacy stays the team's open question", () => {
    const a = variant(AL07, (r) => {
      r.conditions.renalFailureOnDialysis = true;
    });
    expect(ids(a.options)).toContain("ndmm.te.asct");
    expect(ids(a.alerts)).toContain("pathway.transplant-eligibility-undecided");
  });

  it("control: the soft gates alone (NT-proBNP within the gate, NYHA III) keep the transplant options held at consider", () => {
    const a = variant(AL07, (r) => {
      r.labs.ntProBnp.value = 3000;
      r.labs.troponinT.value = 0.04;
      r.conditions.nyhaClass = "III";
    });
    expect(ids(a.options)).toContain("ndmm.te.asct");
    expect(a.options.find((o) => o.id === "ndmm.te.asct")?.strength).toBe("consider");
  });
});
