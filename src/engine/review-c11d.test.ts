/** Review c11 (specialist vignettes /work/vig-c11), findings fixed by c11d, each with its vignette
 * (examples/vignettes/review-c11d-*.json) and failing on main be2e49d.
 * M5. Grade 2 painless neuropathy at diagnosis (transplant candidate): D-VTd adds thalidomide (dose- and
 *     duration-dependent neuropathy, often irreversible; treatments.md 3b "more neuropathy (thalidomide)",
 *     7b) to bortezomib, whose grade 2 row is a dose change, not a bar (7b: reduce to 1.0 mg/m2 or weekly).
 *     So D-VTd ranks below the lenalidomide-based quadruplets (D-VRd, Isa-VRd). The hold rows (grade 2
 *     with pain, grade 3) still lower every bortezomib regimen to "consider" (review c9-F4).
 * M4. Zoledronic acid for 33 months in VGPR: IMWG 2021 (treatments.md 8a, terpos-2021-lancet-oncol):
 *     after >= 12 monthly doses, if >= VGPR, consider every 3 months or stopping; continue if < VGPR.
 * M6. Dialysis: no fluid-loading advice (treatments.md 8c "~3 L/day if tolerated"; silent on dialysis);
 *     c9-F11: below CrCl 30 or on dialysis zoledronic acid and pamidronate are "not recommended" (8a,
 *     labels), so they are not listed as options; denosumab says why.
 * M7. Extramedullary relapse with a 6.5 cm soft-tissue mass: radiotherapy to it (8b: "up to 30 Gy/10 fx for
 *     cord compression or soft-tissue mass", UNVERIFIED).
 * W1. Solitary bone plasmacytoma: the verified 40-50 Gy in 1.8-2.0 Gy fractions (treatments.md 1, NCCN)
 *     is on the card; the ILROG size split stays marked UNVERIFIED. */
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { ES_PATIENT_TEXT } from "../render/words/es-patient-text.js";
import { assess } from "./assess.js";
import type { Assessment } from "./assessment.js";

const record = (name: string): Record<string, unknown> =>
  JSON.parse(readFileSync(new URL(`../../examples/vignettes/${name}.json`, import.meta.url), "utf8"));
const vignette = (name: string): Assessment => assess(record(name));
const opt = (a: Assessment, id: string) => a.options.find((o) => o.id === id);
const index = (a: Assessment, id: string) => a.options.findIndex((o) => o.id === id);
const STRENGTHS = ["preferred", "standard", "if-eligible", "consider", "trial"];
const rank = (a: Assessment, id: string) => STRENGTHS.indexOf(opt(a, id)?.strength ?? "none");
const withConditions = (name: string, c: Record<string, unknown>) => {
  const r = record(name);
  r.conditions = { ...(r.conditions as object), ...c };
  return assess(r);
};

describe("c11 M5: grade 2 painless neuropathy at diagnosis, transplant candidate", () => {
  const name = "review-c11d-grade2-neuropathy-te";
  const a = vignette(name);

  it("D-VTd is weaker than, and listed after, D-VRd and Isa-VRd", () => {
    for (const id of ["ndmm.te.d-vrd", "ndmm.te.isa-vrd"]) {
      expect(index(a, id), id).toBeGreaterThanOrEqual(0);
      expect(rank(a, "ndmm.te.d-vtd")).toBeGreaterThan(rank(a, id));
      expect(index(a, "ndmm.te.d-vtd")).toBeGreaterThan(index(a, id));
    }
    expect(opt(a, "ndmm.te.d-vtd")?.cautions.join(" ")).toMatch(/thalidomide.*neuropathy/i);
  });

  it("D-VRd is no longer preferred, and says bortezomib is given at 1.0 mg/m2 or weekly", () => {
    const dvrd = opt(a, "ndmm.te.d-vrd");
    expect(dvrd?.strength).toBe("standard");
    expect(dvrd?.cautions.join(" ")).toMatch(/1\.0 mg\/m2 or weekly/);
    expect(dvrd?.safetyFindings?.some((f) => /neuropathy/.test(f.ruleId))).toBe(true);
  });

  it("without neuropathy D-VRd is preferred and D-VTd standard (control)", () => {
    const b = withConditions(name, { neuropathyGrade: 0 });
    expect(opt(b, "ndmm.te.d-vrd")?.strength).toBe("preferred");
    expect(opt(b, "ndmm.te.d-vtd")?.strength).toBe("standard");
  });

  it("grade 2 with pain (hold until grade 1 or less): every bortezomib regimen is 'consider' (c9-F4)", () => {
    const b = withConditions(name, { neuropathyPainful: true });
    for (const id of ["ndmm.te.d-vrd", "ndmm.te.isa-vrd", "ndmm.te.d-vtd", "ndmm.vrd"]) {
      expect(opt(b, id)?.strength, id).toBe("consider");
      expect(opt(b, id)?.cautions.join(" "), id).toMatch(/neuropathy.*grade 1 or less/i);
    }
  });

  it("grade 2, pain not recorded: taken as possibly the hold row (an absent answer is not 'no')", () => {
    const r = record(name);
    const c = { ...(r.conditions as Record<string, unknown>) };
    delete c.neuropathyPainful;
    r.conditions = c;
    expect(opt(assess(r), "ndmm.te.d-vrd")?.strength).toBe("consider");
  });
});

describe("c11 M4: zoledronic acid for 33 months (from 2024-03-01) with VGPR on DRd", () => {
  const name = "review-c11d-zoledronic-acid-33-months-vgpr";
  const a = vignette(name);
  const za = opt(a, "sc.bone.zoledronic-acid");

  it("the card gives the IMWG 2021 de-escalation, naming the start date, and is not 'preferred'", () => {
    const text = za?.cautions.join(" ") ?? "";
    expect(text).toMatch(/12 monthly doses/);
    expect(text).toMatch(/every 3 months or stopping/);
    expect(text).toMatch(/2024-03-01/);
    expect(za?.strength).not.toBe("preferred");
  });

  it("started 2 months ago: no de-escalation, still preferred (control)", () => {
    const r = record(name);
    const h = r.treatmentHistory as { regimen: string; start: string }[];
    for (const t of h) if (t.regimen === "zoledronic acid") t.start = "2026-10-01";
    const b = assess(r);
    const zb = opt(b, "sc.bone.zoledronic-acid");
    expect(zb?.strength).toBe("preferred");
    expect(zb?.cautions.join(" ")).not.toMatch(/every 3 months or stopping/);
  });

  it("best response PR: continue (IMWG 2021: continue if < VGPR), no de-escalation (control)", () => {
    const r = record(name);
    const h = r.treatmentHistory as { regimen: string; bestResponse?: string }[];
    for (const t of h) if (t.regimen === "DRd") t.bestResponse = "PR";
    const zb = opt(assess(r), "sc.bone.zoledronic-acid");
    expect(zb?.strength).toBe("preferred");
    expect(zb?.cautions.join(" ")).not.toMatch(/every 3 months or stopping/);
  });
});

describe("c11 M6: dialysis-dependent myeloma", () => {
  const name = "review-c11d-dialysis-tie";
  const a = vignette(name);
  const kidney = a.options.filter((o) => /^sc\.kidney-protection/.test(o.id));

  it("kidney care does not tell the patient to drink plenty (EN, ES); the clinician card says why", () => {
    expect(kidney).toHaveLength(1);
    const k = kidney[0];
    expect(k?.patientText).not.toMatch(/drink plenty/i);
    expect(k?.patientText).toMatch(/dialysis team/i);
    expect(ES_PATIENT_TEXT[k?.id ?? ""]).toBeDefined();
    expect(ES_PATIENT_TEXT[k?.id ?? ""]).not.toMatch(/beba (mucho|bastante)/i);
    expect(ES_PATIENT_TEXT[k?.id ?? ""]).toMatch(/diálisis/);
    expect(`${k?.cautions.join(" ")} ${k?.because.join(" ")}`).toMatch(/if tolerated/);
    expect(k?.verified).toBe(false);
  });

  it("off dialysis the fluid sentence stays (control)", () => {
    const b = withConditions(name, { renalFailureOnDialysis: false });
    const k = opt(b, "sc.kidney-protection");
    expect(k?.patientText).toMatch(/Drink plenty of fluids/);
    expect(ES_PATIENT_TEXT["sc.kidney-protection"]).toMatch(/Beba bastante/);
  });

  it("zoledronic acid and pamidronate (not recommended) are not listed; denosumab says so (c9-F11)", () => {
    expect(opt(a, "sc.bone.zoledronic-acid")).toBeUndefined();
    expect(opt(a, "sc.bone.pamidronate")).toBeUndefined();
    const dmab = opt(a, "sc.bone.denosumab");
    expect(dmab?.strength).toBe("preferred");
    expect(dmab?.cautions.join(" ")).toMatch(/zoledronic acid and pamidronate are not recommended/i);
  });

  it("with normal kidney function both bisphosphonates are listed (control)", () => {
    const r = record(name);
    r.conditions = { ...(r.conditions as object), renalFailureOnDialysis: false };
    (r.labs as Record<string, unknown>).creatinine = { value: 0.9, unit: "mg/dL" };
    const b = assess(r);
    expect(opt(b, "sc.bone.zoledronic-acid")?.strength).toBe("preferred");
    expect(opt(b, "sc.bone.pamidronate")).toBeDefined();
  });
});

describe("c11 M7: extramedullary relapse with a 6.5 cm soft-tissue mass", () => {
  const name = "review-c11d-emd-relapse-soft-tissue-mass";
  const a = vignette(name);

  it("radiotherapy to the mass is an option, named for the extramedullary plasmacytoma, UNVERIFIED", () => {
    const rt = a.options.find((o) => /radiotherapy/.test(o.id) && /extramedullary/.test(o.because.join(" ")));
    expect(rt).toBeDefined();
    expect(rt?.kind).toBe("radiation");
    expect(rt?.strength).toBe("consider");
    expect(rt?.verified).toBe(false);
    expect(`${rt?.title} ${rt?.cautions.join(" ")}`).toMatch(/30 Gy in 10 fractions/);
  });

  it("without a plasmacytoma it is absent (control)", () => {
    const r = record(name);
    r.biopsy = { amyloid: false };
    const b = assess(r);
    expect(
      b.options.some((o) => /radiotherapy/.test(o.id) && /extramedullary/.test(o.because.join(" "))),
    ).toBe(false);
  });
});

describe("c11 W1: solitary bone plasmacytoma, 4 cm", () => {
  const a = vignette("review-c11d-solitary-bone-plasmacytoma");
  const rt = opt(a, "sp.bone.radiotherapy");

  it("the card says 40-50 Gy in 1.8-2.0 Gy fractions (NCCN) with no UNVERIFIED tag on it", () => {
    const dose = rt?.cautions.find((c) => /40-50 Gy/.test(c));
    expect(dose).toBeDefined();
    expect(dose).toMatch(/1\.8-2\.0 Gy fractions/);
    expect(dose).toMatch(/NCCN/);
    expect(dose).not.toMatch(/UNVERIFIED/);
  });

  it("the ILROG size split is still shown, marked UNVERIFIED, after the verified dose", () => {
    const cautions = rt?.cautions ?? [];
    const ilrog = cautions.findIndex((c) => /ILROG/.test(c));
    const dose = cautions.findIndex((c) => /40-50 Gy/.test(c));
    expect(dose).toBeGreaterThanOrEqual(0);
    expect(ilrog).toBeGreaterThan(dose);
    expect(cautions[ilrog]).toMatch(/UNVERIFIED/);
  });
});

describe("c11 M4: the jaw (ONJ) row of treatments.md 8a on a long course", () => {
  it("after 12 months the card says ONJ incidence rises with duration, marked UNVERIFIED", () => {
    const za = opt(vignette("review-c11d-zoledronic-acid-33-months-vgpr"), "sc.bone.zoledronic-acid");
    const onj = za?.cautions.find((c) => /ONJ incidence rises with duration/.test(c));
    expect(onj).toMatch(/UNVERIFIED/);
    expect(onj).toMatch(/hold it around extractions/);
  });
});

describe("c11 M4: zoledronic acid stopped for toxicity (ONJ has no field; the reference is silent after it)", () => {
  const name = "review-c11d-zoledronic-acid-33-months-vgpr";

  it("an entry ended with stopReason 'toxicity' does not give zoledronic acid 'preferred'", () => {
    const r = record(name);
    const h = r.treatmentHistory as Record<string, unknown>[];
    for (const t of h)
      if (t.regimen === "zoledronic acid") Object.assign(t, { end: "2026-09-01", stopReason: "toxicity" });
    const za = opt(assess(r), "sc.bone.zoledronic-acid");
    expect(za?.strength).toBe("consider");
    expect(za?.cautions.join(" ")).toMatch(/stopped for toxicity/);
    expect(za?.verified).toBe(false);
  });

  it("stopped as planned: no such caution (control)", () => {
    const r = record(name);
    const h = r.treatmentHistory as Record<string, unknown>[];
    for (const t of h)
      if (t.regimen === "zoledronic acid") Object.assign(t, { end: "2026-09-01", stopReason: "planned" });
    const za = opt(assess(r), "sc.bone.zoledronic-acid");
    expect(za?.cautions.join(" ")).not.toMatch(/stopped for toxicity/);
  });
});
