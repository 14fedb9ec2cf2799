/** Review c83-W1 (report /work/review83/review.md): a spinal cord compression or a pathological fracture recorded before
 * whole-body imaging read "most likely smouldering myeloma", with active monitoring among smouldering myeloma's options,
 * no radiotherapy or surgery card, and a handout saying the cells "do not harm your body yet". criteria-and-scores.md 1.1
 * counts a bone lesion (CRAB) only on skeletal radiography, CT or PET-CT, so the event is not myeloma by itself; but an
 * absent test is not a negative one (1.1, notes), so MGUS and smouldering myeloma (which need no myeloma-defining event,
 * 1.2-1.3) are not the lean either: no category is taken as the most likely, whole-body imaging comes first, and the
 * event's own care (treatments.md 8b: palliative radiotherapy for cord compression, surgery for fracture or instability)
 * is listed whatever the category. Bone-targeted agents (8a) stay with myeloma met. */
import { describe, expect, it } from "vitest";
import { renderClinicianSummary } from "../render/clinician.js";
import { renderHandout } from "../render/handout.js";
import { renderPatientSummary } from "../render/patient.js";
import { EN } from "../render/words/en.js";
import { ES } from "../render/words/es.js";
import { readVignette } from "../testing/example-records.js";
import { assess } from "./assess.js";
import type { Assessment } from "./assessment.js";

const flat = (s: string) => s.replace(/\s+/g, " ");
const ids = (a: Assessment) => a.options.map((o) => o.id);
const alert = (a: Assessment, id: string) => a.alerts.find((x) => x.id === id);
const CORD = "review-c83-cord-compression-fracture-no-imaging";
const FRACTURE = "review-c83-fracture-no-imaging";
const RT = "sc.bone.palliative-radiotherapy";
const SURGERY = "sc.bone.surgery";
const BONE_AGENTS = ["sc.bone.zoledronic-acid", "sc.bone.denosumab", "sc.bone.pamidronate"];

/** The record with whole-body imaging recorded. */
// biome-ignore lint/suspicious/noExplicitAny: a vignette changed freely by the test
function withImaging(name: string, imaging: Record<string, unknown>): any {
  const r = readVignette(name);
  r.imaging = imaging;
  return r;
}

describe("c83-W1: cord compression and femur fracture, marrow 45%, no whole-body imaging (r833c)", () => {
  const a = assess(readVignette(CORD));
  it("indeterminate with no lean: neither smouldering myeloma nor MGUS is 'most likely', and no smouldering option", () => {
    expect(a.diagnosis.category).toBe("indeterminate");
    expect(a.diagnosis.likely).toBeNull();
    expect(ids(a).filter((id) => id.startsWith("smm.") || id.startsWith("mgus."))).toEqual([]);
    expect(a.options.some((o) => o.kind === "observation")).toBe(false);
  });
  it("the bone event criterion says the CRAB bone lesion is not known (1.1) and names the event", () => {
    const c = a.diagnosis.criteria.find((x) => x.id === "imwg2014.bone-event-not-imaged");
    expect(c?.status).toBe("unknown");
    expect(c?.because).toMatch(/spinal cord compression and a pathological fracture/);
    expect(c?.because).toMatch(/skeletal radiography, CT or PET-CT/);
  });
  it("the cord's and the fracture's care are listed (treatments.md 8b), the bone agents not (8a: myeloma not met)", () => {
    expect(ids(a)).toContain(RT);
    expect(ids(a)).toContain(SURGERY);
    for (const id of BONE_AGENTS) expect(ids(a)).not.toContain(id);
    expect(a.options.find((o) => o.id === RT)?.provisional).toBeUndefined();
  });
  it("the deciding-test alert names the bone event and the urgent imaging, not a likely smouldering myeloma", () => {
    const t = alert(a, "pathway.deciding-test-first")?.text ?? "";
    expect(t).not.toMatch(/likely smoldering/);
    expect(t).toMatch(/spinal cord compression and a pathological fracture are recorded/);
    expect(t).toMatch(/multiple myeloma or smouldering myeloma/);
    expect(t).toMatch(/urgent/i);
    expect(alert(a, "alert.spinal-cord-compression")?.severity).toBe("critical");
  });
  it("the plan's step now is the bone event's care and whole-body imaging", () => {
    const step = a.plan?.[0];
    expect(step?.code).toBe("bone-event-first");
    expect(step?.status).toBe("current");
    expect(step?.title).toMatch(/radiotherapy and\/or surgery/);
    expect(step?.title).toMatch(/whole-body imaging/);
  });
  it("the clinician summary does not say 'most likely Smoldering'", () => {
    const t = flat(renderClinicianSummary(a, "text"));
    expect(t).not.toMatch(/most likely Smoldering/i);
    expect(t).not.toMatch(/Active monitoring/);
  });
  it("the handout (EN): no smouldering paragraph, no watch and wait; the bone event said, and the urgent step first", () => {
    const en = flat(renderHandout(a, "text"));
    expect(en).not.toMatch(/do not harm your body yet/);
    expect(en).not.toMatch(/Watch and wait/);
    expect(en).not.toMatch(/could fit smoldering myeloma/);
    expect(en).toContain(flat(EN.boneEventNotImaged.both));
    expect(en).toContain(`1. Now: ${EN.boneEventStep.both}.`);
    // Not the words of a record with no blood test of end-organ damage (c11 M1), which this is not.
    expect(en).not.toContain(flat(EN.endOrganUntested.myelomaOpen));
    expect(en).toMatch(/Radiation to relieve pressure on the spinal cord/);
  });
  it("the handout (ES) says the same", () => {
    const es = flat(renderHandout(a, "text", ES));
    expect(es).not.toMatch(/todavía no dañan su cuerpo/);
    expect(es).not.toMatch(/Vigilar y esperar/);
    expect(es).toContain(flat(ES.boneEventNotImaged.both));
    expect(es).toContain(`1. Ahora: ${ES.boneEventStep.both}.`);
  });
  it("the full patient summary says the bone event, not the smouldering meaning", () => {
    const en = flat(renderPatientSummary(a, "text"));
    expect(en).toContain(flat(EN.boneEventNotImaged.both));
    expect(en).not.toMatch(/do not harm your body yet/);
  });
});

describe("c83-W1: femur fracture only, no imaging (r833e)", () => {
  const a = assess(readVignette(FRACTURE));
  it("no lean, no smouldering option; surgery listed (8b), radiotherapy not (no cord compression, myeloma not met)", () => {
    expect(a.diagnosis.likely).toBeNull();
    expect(ids(a).filter((id) => id.startsWith("smm."))).toEqual([]);
    expect(ids(a)).toContain(SURGERY);
    expect(ids(a)).not.toContain(RT);
    expect(alert(a, "pathway.deciding-test-first")?.text).toMatch(/a pathological fracture is recorded/);
  });
  it("the handout's step now is the broken bone's care and the scan (EN, ES); no 'do not harm your body yet'", () => {
    const en = flat(renderHandout(a, "text"));
    expect(en).toContain(flat(EN.boneEventNotImaged.fracture));
    expect(en).toContain(`1. Now: ${EN.boneEventStep.fracture}.`);
    expect(en).not.toMatch(/do not harm your body yet/);
    const es = flat(renderHandout(a, "text", ES));
    expect(es).toContain(`1. Ahora: ${ES.boneEventStep.fracture}.`);
    expect(es).not.toMatch(/todavía no dañan su cuerpo/);
  });
});

describe("c83-W1 (item 3): an MRI with 12 lesions recorded as osteolytic, no focal lesion count (r833)", () => {
  const a = assess(
    withImaging(CORD, { performed: true, modality: "MRI", osteolyticLesions: 12, date: "2026-11-27" }),
  );
  it("MRI does not define lytic lesions (1.1): the bone criterion stays unknown, and the bone event leaves no lean", () => {
    expect(a.diagnosis.category).toBe("indeterminate");
    expect(a.diagnosis.likely).toBeNull();
    expect(a.diagnosis.criteria.find((c) => c.id === "imwg2014.crab.bone")?.status).toBe("unknown");
  });
  it("the SLiM MRI criterion does not say 'MRI not done' of a recorded MRI, and asks for its focal lesion count", () => {
    const c = a.diagnosis.criteria.find((x) => x.id === "imwg2014.slim.mri");
    expect(c?.status).toBe("unknown");
    expect(c?.because).not.toBe("MRI not done");
    expect(c?.because).toMatch(/focal lesion count not recorded/);
    expect(c?.because).toMatch(/12 lesion\(s\) recorded as osteolytic/);
  });
});

describe("c83-W1: a low-risk MGUS by its blood tests with a pathological fracture is not MGUS with the work-up deferred", () => {
  it("the deferral (Sidiqi 2020: no symptoms) does not hold with a bone event: indeterminate, no lean", () => {
    const r = readVignette("mgus-low-risk-no-marrow-no-imaging");
    r.conditions = { pathologicFracture: true };
    const a = assess(r);
    expect(a.diagnosis.category).toBe("indeterminate");
    expect(a.diagnosis.likely).toBeNull();
    expect(ids(a)).not.toContain("mgus.low-risk.monitoring");
    expect(ids(a)).toContain(SURGERY);
  });
  it("light-chain MGUS with the marrow not assessed (1.3) presumes the imaging normal: not with a cord compression recorded", () => {
    const r = readVignette("review-c76-lc-mgus-no-marrow");
    r.conditions = { spinalCordCompression: true };
    const a = assess(r);
    expect(a.diagnosis.category).toBe("indeterminate");
    expect(a.diagnosis.likely).toBeNull();
    expect(ids(a)).toEqual([RT, SURGERY]);
    expect(a.diagnosis.couldChangeWith.join("; ")).toMatch(/whole-body imaging/);
  });
});

describe("c83-W1 controls", () => {
  it("r833d: whole-body low-dose CT with 12 lytic lesions: multiple myeloma, the bone cards and agents as before", () => {
    const a = assess(
      withImaging(CORD, {
        performed: true,
        modality: "whole-body-low-dose-CT",
        osteolyticLesions: 12,
        date: "2026-11-30",
      }),
    );
    expect(a.diagnosis.category).toBe("multiple-myeloma");
    // Review c89-m2: a pathological fracture recorded: the surgical review first among the bone-event options.
    expect(ids(a).slice(0, 3)).toEqual([SURGERY, RT, "sc.bone.kyphoplasty"]);
    expect(ids(a)).toContain("sc.bone.zoledronic-acid");
    expect(ids(a)).toContain("ndmm.te.d-vrd");
    expect(a.diagnosis.criteria.some((c) => c.id === "imwg2014.bone-event-not-imaged")).toBe(false);
    expect(a.plan?.some((s) => s.code === "bone-event-first")).toBe(false);
  });
  it("the same record without a bone event: most likely smouldering myeloma, its options, no bone card", () => {
    const r = readVignette(CORD);
    r.conditions = { renalFailureOnDialysis: false, neuropathyGrade: 0 };
    const a = assess(r);
    expect(a.diagnosis.likely).toBe("smoldering-myeloma");
    expect(ids(a)).toContain("smm.high-risk.active-monitoring");
    expect(ids(a)).not.toContain(SURGERY);
    expect(ids(a)).not.toContain(RT);
    expect(flat(renderHandout(a, "text"))).toMatch(/do not harm your body yet/);
  });
  it("bone pain alone (no fracture, no cord compression) keeps the smouldering lean", () => {
    const r = readVignette(CORD);
    r.conditions = { bonePain: true };
    expect(assess(r).diagnosis.likely).toBe("smoldering-myeloma");
  });
  it("whole-body imaging with no lytic lesion and MRI without focal lesions: smouldering myeloma met; the fracture's surgery listed", () => {
    const a = assess(
      withImaging(FRACTURE, {
        performed: true,
        modality: "PET-CT",
        osteolyticLesions: 0,
        mriFocalLesions: 0,
        date: "2026-11-30",
      }),
    );
    expect(a.diagnosis.category).toBe("smoldering-myeloma");
    expect(ids(a)).toContain(SURGERY);
    expect(ids(a)).not.toContain("sc.bone.zoledronic-acid");
  });
  it("light-chain MGUS with the marrow not assessed, no bone event: MGUS as before", () => {
    expect(assess(readVignette("review-c76-lc-mgus-no-marrow")).diagnosis.category).toBe("mgus");
  });
  it("MGUS without a bone event is unchanged (low-risk, work-up deferred)", () => {
    const a = assess(readVignette("mgus-low-risk-no-marrow-no-imaging"));
    expect(a.diagnosis.category).toBe("mgus");
    expect(ids(a)).toContain("mgus.low-risk.monitoring");
    expect(ids(a)).not.toContain(SURGERY);
  });
});
