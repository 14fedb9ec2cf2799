/** Review c91 (AL amyloidosis, engine 0.2.83): W2 the myeloma PD rule hid an AL haematologic response lost after a CR;
 * W1 myeloma with cardiac AL failing the AL hard transplant gate; M4 the AL stage at diagnosis from values of different
 * dates; M6 suspected AL without tissue; m7 untyped amyloid staged as AL; m1 the bortezomib hold in AL nerve
 * involvement. Records: examples/vignettes/review-c91-*.json (the reviewer's records). */
import { describe, expect, it } from "vitest";
import { renderClinicianSummary } from "../render/clinician.js";
import { renderHandout } from "../render/handout.js";
import { EN } from "../render/words/en.js";
import { assessAllWaysAgree } from "../testing/agreement.js";
import { readVignette } from "../testing/example-records.js";
import type { Assessment } from "./assessment.js";

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

const summaryLine = (a: Assessment, label: string) =>
  renderClinicianSummary(a, "text")
    .replace(/\n\s+/g, " ")
    .split(/\n/)
    .find((l) => l.includes(label)) ?? "";

describe("c91-M6 and c91-m7: AL stages before AL is met", () => {
  it("M6: suspected AL without tissue names the possible heart involvement in the work-up alert", () => {
    const a = variant("review-c91-al10-organ-syndrome-no-biopsy");
    expect(a.diagnosis.category).toBe("indeterminate");
    const text = a.alerts.find((x) => x.id === "alert.kidney-not-explained")?.text ?? "";
    expect(text).toMatch(/heart/);
    expect(text).toContain("NT-proBNP");
    expect(text).toMatch(/Congo red/);
  });

  it("M6: the AL stages are shown only 'if AL amyloidosis is confirmed'", () => {
    const text = renderClinicianSummary(variant("review-c91-al10-organ-syndrome-no-biopsy"), "text");
    expect(text).toContain("AL amyloidosis stage, if AL amyloidosis is confirmed");
  });

  it("m7: untyped amyloid: the summary line's AL stages carry 'if AL amyloidosis is confirmed'", () => {
    const line = summaryLine(variant("review-c91-al11-congo-red-untyped-78-heart"), "Stage and risk");
    expect(line).toContain("Mayo 2012 stage");
    expect(line).toContain("if AL amyloidosis is confirmed");
  });

  it("control: AL met: no such qualifier", () => {
    const line = summaryLine(variant("al-amyloidosis-stage-iiib"), "Stage and risk");
    expect(line).toContain("Mayo 2004 (European) stage IIIb");
    expect(line).not.toContain("if AL amyloidosis is confirmed");
  });
});

describe("c91-M4: the AL stage at diagnosis with a marker only from on-treatment values", () => {
  it("the summary line says it is not a baseline stage, naming the marker (al06: troponin T of 2026 only)", () => {
    const line = summaryLine(variant(AL06), "Stage and risk");
    expect(line).toMatch(
      /Mayo 2012 stage IV \(not a baseline stage: troponin T only from on-treatment values\)/,
    );
  });

  it("al05: NT-proBNP from on-treatment values", () => {
    const line = summaryLine(variant("review-c91-al05-dvcd-cycle6-pr-only"), "Stage and risk");
    expect(line).toContain("not a baseline stage: NT-proBNP only from on-treatment values");
  });
});

describe("c91-m1: AL with nerve involvement, bortezomib held", () => {
  it("the hold says the reference gives no AL regimen without bortezomib, not that one avoids it", () => {
    const a = variant("review-c91-al03-nerve-autonomic-painful-g2");
    const dvcd = a.options.find((o) => o.id === "al.d-vcd") ?? a.options.find((o) => o.id === "al.vcd");
    const text = [...(dvcd?.because ?? []), ...(dvcd?.cautions ?? [])].join(" ");
    expect(text).toContain("bortezomib is held");
    expect(text).not.toContain("a regimen without bortezomib avoids worsening it");
    expect(text).toContain("the reference gives no AL regimen without bortezomib");
  });
});

describe("c91-W1 control: a recorded candidacy is read as recorded", () => {
  it("'yes' recorded with the gate failed: no 'candidacy not recorded' alert, the ASCT card says the gate", () => {
    const a = variant(AL07, (r) => {
      r.transplant = { candidate: "yes" };
    });
    expect(ids(a.alerts)).not.toContain("alert.al-also-asct-gates-not-met");
    const asct = a.options.find((o) => o.id === "ndmm.te.asct");
    expect(asct?.strength).toBe("consider");
    expect([...(asct?.because ?? []), ...(asct?.cautions ?? [])].join(" ")).toContain(
      "not an ASCT candidate by the Mayo gates used in AL",
    );
  });
});
