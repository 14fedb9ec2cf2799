/** Review c32 (a myeloma specialist, read-only, on engine 0.2.39, re-checking review c31's fixes). The
 * vignettes are the reviewer's records (examples/vignettes/review-c32-*, and review c29-c31's where named).
 * - W1: an earlier entry with no end stayed "given now" after a later line that is not a CAR-T (DRd, progressed,
 *   then PVd read "5-drug treatment with daratumumab (PVd)"; clot prevention for an IMiD on Kd).
 * - W2: D-VRd changed to KRd before the transplant: the consolidation card took KRd as its regimen.
 * - W3: Rd, Vd, VMP or MPT first line finished, candidacy not recorded: the plan went back to the transplant.
 * - M1: the same finished first line with its outcome unknown: no candidacy warning, no transplant options,
 *   while the plan said "next: transplant".
 * - M2: after a lenalidomide-free first line the patient's page made lenalidomide "Next", unhedged.
 * - M3: immune globulin (IgG 300 with infections) cut from the one-page handout before generic care. */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { renderClinicianSummary } from "../render/clinician.js";
import { renderHandout } from "../render/handout.js";
import { WORDS } from "../render/words/index.js";
import { assess } from "./assess.js";

// biome-ignore lint/suspicious/noExplicitAny: a vignette edited in place
type Rec = any;
const read = (name: string): Rec =>
  JSON.parse(readFileSync(join(import.meta.dirname, `../../examples/vignettes/${name}.json`), "utf8"));
const page = (r: Rec) => renderHandout(assess(r), "text").replace(/\s+/g, " ");
const summary = (r: Rec) => renderClinicianSummary(assess(r), "text").replace(/\s+/g, " ");
const option = (r: Rec, id: string) => assess(r).options.find((o) => o.id === id);
const alertIds = (r: Rec) => assess(r).alerts.map((a) => a.id);
const planOf = (r: Rec) => (assess(r).plan ?? []).map((s) => `${s.phase}:${s.status}`);
const UNDECIDED = "pathway.transplant-eligibility-undecided";
const CONTINUED_LEN = "pathway.no-asct.continued-lenalidomide";

describe("W1: an entry with no end is not given once a later line has begun", () => {
  it("DRd open and progressed, then PVd: the page names PVd's drugs only; no lenalidomide dose or daratumumab warnings", () => {
    const r = read("review-c32-u-w4-drd-open-pd-then-pvd-74");
    expect(page(r)).toContain("3-drug treatment with pomalidomide");
    expect(page(r)).not.toContain("5-drug treatment");
    const ids = alertIds(r);
    expect(ids).not.toContain("lenalidomide.renal.crcl-50-59");
    expect(ids).not.toContain("anti-cd38.blood-bank");
    // The line says its end is not recorded, and the end is asked for.
    expect(summary(r)).toContain("Line 1: DRd, 2024-01-10 to an end not recorded (line 2 began 2026-09-01)");
    expect(assess(r).missingData.map((m) => m.field)).toContain("treatmentHistory.0.end");
  });

  it("DRd open and progressed, then Kd: no clot prevention for an immunomodulatory drug", () => {
    const r = read("review-c32-u-w4-drd-open-pd-then-kd-74");
    expect(page(r)).toContain("2-drug treatment with carfilzomib (Kd)");
    expect(option(r, "sc.vte.imid-prophylaxis")).toBeUndefined();
    expect(summary(r)).not.toContain("On lenalidomide now");
  });

  it("lenalidomide maintenance open, then DKd: not 'with lenalidomide'", () => {
    const r = read("review-c32-u-w4-len-maint-open-then-dkd");
    expect(page(r)).not.toMatch(/treatment with lenalidomide \(DKd\)/);
    expect(assess(r, {}).phase?.currentRegimen).toBe("DKd");
  });

  it("teclistamab open, then talquetamab: the low count pauses talquetamab, not teclistamab", () => {
    const r = read("review-c32-u-w4-tec-open-then-talq");
    expect(page(r)).toContain("your team may pause talquetamab");
    expect(page(r)).not.toContain("pause teclistamab");
  });

  it("control: the same DRd with an end recorded before PVd reads the same (the end only dates it)", () => {
    const r = read("review-c32-u-w4-drd-open-pd-then-pvd-74");
    r.treatmentHistory[0].end = "2026-08-15";
    expect(page(r)).toContain("3-drug treatment with pomalidomide");
    expect(assess(r).missingData.map((m) => m.field)).not.toContain("treatmentHistory.0.end");
  });

  it("control: a drug added to the open regimen, recorded alone (no steroid of its own): both still given", () => {
    // Review c33-W1: "daratumumab" added to Rd and recorded alone read as Rd stopped.
    const r = read("review-c33-v-w1-rd-open-dara-added-only-78");
    const p = page(r);
    expect(p).toContain("keep going with your current treatment");
    expect(p).toContain("Medicine to prevent blood clots");
    expect(summary(r)).toContain("On lenalidomide now");
    expect(summary(r)).toContain("On daratumumab now");
    expect(assess(r).missingData.some((m) => m.neededFor.startsWith("the drugs given now"))).toBe(false);
  });

  it("c33-W4: VRd with no end, then its planned Rd continuation: bortezomib is not given now", () => {
    const r = read("review-c33-v-w1-vrd-open-then-rd-planned-72-no");
    expect(summary(r)).not.toContain("On bortezomib now");
    expect(summary(r)).toContain("On lenalidomide now");
    expect(page(r)).toContain("2-drug treatment with lenalidomide (Rd)");
  });

  it("c33-M2: daratumumab for smouldering myeloma with no end, then VRd: not '4-drug treatment with daratumumab'", () => {
    const r = read("review-c33-v-w1-smm-dara-open-then-vrd-66");
    expect(page(r)).toContain("3-drug treatment with bortezomib (VRd)");
    expect(page(r)).not.toContain("4-drug treatment");
  });
});

describe("W2: the consolidation card follows the induction given last", () => {
  it("D-VRd stopped for toxicity, then KRd before the transplant: no D-VRd consolidation card with KRd", () => {
    const r = read("review-c32-u-w1-dvrd-tox-then-krd-58-yes");
    expect(option(r, "ndmm.te.consolidation")).toBeUndefined();
    expect(page(r)).not.toContain("Extra treatment after the transplant, with carfilzomib");
  });

  it("controls: VCd then D-VRd, and D-VRd with bortezomib stopped (a partial stop), keep the card", () => {
    const r = read("review-c32-u-w1-dvrd-tox-then-krd-58-yes");
    const vcdThenDvrd = structuredClone(r);
    vcdThenDvrd.treatmentHistory[0] = {
      ...r.treatmentHistory[0],
      regimen: "VCd",
      drugs: ["bortezomib", "cyclophosphamide", "dexamethasone"],
    };
    vcdThenDvrd.treatmentHistory[1] = {
      ...r.treatmentHistory[1],
      regimen: "D-VRd",
      drugs: ["daratumumab", "bortezomib", "lenalidomide", "dexamethasone"],
    };
    expect(option(vcdThenDvrd, "ndmm.te.consolidation")).toBeDefined();
    const partial = structuredClone(r);
    partial.treatmentHistory[1] = {
      ...r.treatmentHistory[1],
      regimen: "D-Rd",
      drugs: ["daratumumab", "lenalidomide", "dexamethasone"],
    };
    expect(option(partial, "ndmm.te.consolidation")).toBeDefined();
  });
});

describe("W3: a finished first line of patients not going to transplant keeps its plan", () => {
  it.each(["review-c32-u-m4d-rd-82-absent-ended", "review-c32-u-m4d-vmp-78-absent-ended"])(
    "%s: no transplant step; the continuation next; the transplant options last",
    (name) => {
      const r = read(name);
      expect(planOf(r)).not.toContain("transplant:next");
      expect(planOf(r)).toContain("maintenance:next");
      const a = assess(r);
      const first = a.options.findIndex((o) => o.conditionalOn === "transplant-candidate");
      const lastOther = a.options.map((o) => o.conditionalOn !== "transplant-candidate").lastIndexOf(true);
      expect(first).toBeGreaterThan(lastOther);
      expect(a.alerts.find((x) => x.id === UNDECIDED)?.text).toContain("the plan follows it");
    },
  );

  it("Vd finished the same way (the doublet for frail patients) follows it too", () => {
    const r = read("review-c32-u-m4d-rd-82-absent-ended");
    for (const t of r.treatmentHistory) {
      t.regimen = "Vd";
      t.drugs = ["bortezomib", "dexamethasone"];
    }
    expect(planOf(r)).not.toContain("transplant:next");
  });

  it("control: VRd finished the same way keeps the transplant step (candidacy open)", () => {
    const r = read("review-c32-u-m4d-rd-82-absent-ended");
    for (const t of r.treatmentHistory) {
      t.regimen = "VRd";
      t.drugs = ["bortezomib", "lenalidomide", "dexamethasone"];
    }
    expect(planOf(r)).toContain("transplant:next");
  });
});

describe("M1: finished first line, outcome unknown, candidacy not recorded: both conditions", () => {
  it("D-VTd at 62: the candidacy warning, the transplant options marked with both, the transplant step holding them", () => {
    const r = read("review-c32-u-m4-d-vtd-62-absent-ended");
    const a = assess(r);
    expect(a.alerts.map((x) => x.id)).toEqual(
      expect.arrayContaining([UNDECIDED, "pathway.line-outcome-unknown"]),
    );
    const asct = a.options.find((o) => o.id === "ndmm.te.asct");
    expect(asct?.conditionalOn).toBe("transplant-candidate");
    expect(asct?.alsoOn).toBe("line-not-progressed");
    expect(asct?.conditional).toBe("if the first line has not progressed and a transplant candidate");
    expect(option(r, CONTINUED_LEN)?.conditional).toBe(
      "if the first line has not progressed and not a transplant candidate",
    );
    expect(a.plan?.find((s) => s.phase === "transplant")?.optionIds).toContain("ndmm.te.asct");
    expect(summary(r)).toContain("[ONLY IF THE FIRST LINE HAS NOT PROGRESSED AND A TRANSPLANT CANDIDATE]");
    expect(page(r)).toContain(
      "Next: Stem cell transplant – only if a transplant is right for you; only if the myeloma has not come back",
    );
    expect(a.missingData.map((m) => m.field)).toContain("transplant.candidate");
    // Review c33-M1: the step whose options differ by transplant answer keeps the outcome's mark.
    expect(page(r)).toContain(
      "Later: Long-term treatment to keep it down – only if the myeloma has not come back",
    );
  });

  it("c33-M1: KRd at 60: the recovery step after the transplant carries both marks too", () => {
    expect(page(read("review-c32-u-m4-krd-60-absent-ended"))).toContain(
      "Later: Getting over the transplant – only if a transplant is right for you; only if the myeloma has not come back",
    );
  });

  it("control: candidacy recorded no: no candidacy warning, the continuation marked by the outcome only", () => {
    const r = read("review-c32-u-m4-d-vtd-62-absent-ended");
    r.transplant = { ...(r.transplant ?? {}), candidate: "no" };
    expect(alertIds(r)).not.toContain(UNDECIDED);
    expect(option(r, CONTINUED_LEN)?.alsoOn).toBeUndefined();
  });
});

describe("M2: after a lenalidomide-free first line the patient's page does not make lenalidomide the next step", () => {
  it("VMP x 9 finished, candidacy no: the next step is a talk; the option says the team decides", () => {
    const r = read("review-c31-t-vmp-78-no-ended-9c");
    const p = page(r);
    expect(p).toContain("Next: A talk with your team about whether more treatment is needed now.");
    expect(p).not.toContain("Next: Long-term treatment to keep it down");
    expect(p).toContain(
      "Long-term treatment with lenalidomide and dexamethasone * – your team will decide whether this fits you",
    );
    const es = renderHandout(assess(r), "text", WORDS.es).replace(/\s+/g, " ");
    expect(es).toContain("su equipo decidirá si esto es adecuado para usted");
  });

  it("control: VRd x 8 finished, candidacy no: the continuation is the next step, unhedged", () => {
    const r = read("review-c31-t-vmp-78-no-ended-9c");
    for (const t of r.treatmentHistory) {
      t.regimen = "VRd";
      t.drugs = ["bortezomib", "lenalidomide", "dexamethasone"];
    }
    const p = page(r);
    expect(p).toContain("Next: Long-term treatment to keep it down");
    expect(p).not.toContain("your team will decide whether this fits you");
  });
});

describe("M3: care the record calls for is kept on the one-page handout", () => {
  it("80-year-old on VRd, IgG 300 mg/dL with recurrent infections: immune globulin on the page", () => {
    const r = read("review-c30-s-ac-r-fl-vrd-80-lowigg");
    const p = page(r);
    const care = p.slice(p.indexOf("Care alongside treatment"));
    expect(care).toContain("immune globulin");
    // The blood thinner card still leads the care a myeloma pill brings.
    expect(care).toContain("The blood thinner you take now");
  });
});

describe("m4: a line with no end that progressed is not 'ongoing' on the clinician's page", () => {
  it("cilta-cel with no end, progression recorded: 'to an end not recorded, progressed'", () => {
    const s = summary(read("review-c30-s-cart-open-progressed"));
    expect(s).not.toContain("to ongoing, progressed");
    expect(s).toMatch(/Line \d: [^,]*Cilta-cel[^,]*, \d{4}-\d{2}-\d{2} to an end not recorded, progressed/i);
  });
});

describe("m3: a doublet 'for frail patients' does not choose the path for a patient the record reads as fit", () => {
  it("Vd at 55, IMWG fit, candidacy not recorded: the transplant step stays, the candidacy asked for", () => {
    const r = read("review-c32-u-w3-vd-55-fit-absent");
    expect(assess(r).fitness.imwgFrailty.group).toBe("fit");
    expect(planOf(r)).toContain("transplant:next");
    expect(assess(r).alerts.find((x) => x.id === UNDECIDED)?.text).not.toContain("the plan follows it");
  });

  it("control: the same record aged 78 with no fitness recorded follows Vd (treatments.md 4)", () => {
    const r = read("review-c32-u-w3-vd-55-fit-absent");
    r.patient.age = 78;
    r.fitness = undefined;
    expect(planOf(r)).not.toContain("transplant:next");
  });
});

describe("m7: a regimen begun after a CAR-T entry with no infusion day asks whether it is bridging", () => {
  it("cilta-cel from apheresis, no end, then PVd bridging: plannedWithPrevious asked for, naming the infusion day", () => {
    const r = read("review-c32-u-w4-cilta-apheresis-then-bridging-pvd");
    const asked = assess(r).missingData.find((m) => m.field.endsWith(".plannedWithPrevious"));
    expect(asked?.neededFor).toContain("bridging therapy before the CAR-T infusion is one line with it");
  });

  it("controls: marked plannedWithPrevious (one line), or progression recorded on the CAR-T: not asked", () => {
    const r = read("review-c32-u-w4-cilta-apheresis-then-bridging-pvd");
    const last = r.treatmentHistory.length - 1;
    const planned = structuredClone(r);
    planned.treatmentHistory[last].plannedWithPrevious = true;
    const ask = (x: Rec) => assess(x).missingData.some((m) => m.field.endsWith(".plannedWithPrevious"));
    expect(ask(planned)).toBe(false);
    const progressed = structuredClone(r);
    progressed.treatmentHistory[last - 1].progressedOn = true;
    expect(ask(progressed)).toBe(false);
  });
});
