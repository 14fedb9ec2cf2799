/** Review c57: a haematologist's probes of engine 0.2.72 (the readings it added, the vignettes the team always asks
 * for). Each vignette is the reviewer's probe record (examples/vignettes/review-c57-*.json); each case read the wrong
 * thing on 0.2.72 (named in each test), with a control beside it where one tells the change apart. */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { renderHandout } from "../render/handout.js";
import { ES } from "../render/words/es.js";
import { assess } from "./assess.js";

// biome-ignore lint/suspicious/noExplicitAny: a vignette edited in place
type Rec = any;
const read = (name: string): Rec =>
  JSON.parse(
    readFileSync(join(import.meta.dirname, `../../examples/vignettes/review-c57-${name}.json`), "utf8"),
  );
const option = (a: ReturnType<typeof assess>, id: string) => a.options.find((o) => o.id === id);
const strength = (a: ReturnType<typeof assess>, id: string) => option(a, id)?.strength;
const cautions = (a: ReturnType<typeof assess>, id: string) => option(a, id)?.cautions.join(" \n ") ?? "";
const fields = (a: ReturnType<typeof assess>) => a.missingData.map((m) => m.field);
const flat = (t: string): string => t.replace(/\s+/g, " ");

describe("U3: NYHA class III or IV is heart failure", () => {
  it("NYHA IV with heart failure not recorded: carfilzomib regimens no first choice, the NYHA caution and the amyloid question", () => {
    const a = assess(read("u3-nyha-iv-no-heart-failure-flag-relapse"));
    // 0.2.72: DKd and Isa-Kd standard, no cardiac caution, no alert.
    expect(strength(a, "rr.dkd")).toBe("consider");
    expect(strength(a, "rr.isa-kd")).toBe("consider");
    expect(cautions(a, "rr.dkd")).toMatch(/NYHA/);
    expect(a.alerts.map((x) => x.id)).toContain("alert.heart-failure-amyloid-not-tested");
  });

  it("control: NYHA class II alone does not decide heart failure", () => {
    const r = read("u3-nyha-iv-no-heart-failure-flag-relapse");
    r.conditions.nyhaClass = "II";
    const a = assess(r);
    expect(strength(a, "rr.dkd")).toBe("standard");
    expect(a.alerts.map((x) => x.id)).not.toContain("alert.heart-failure-amyloid-not-tested");
  });
});

describe("U2: the infection prophylaxis of a bispecific outlasts it", () => {
  const a = assess(read("u2-teclistamab-stopped-4-weeks-igg-180"));

  it("teclistamab stopped 4 weeks ago, IgG 180: PJP and IVIG stay, each saying the reference gives no window", () => {
    expect(a.phase?.code).toBe("line-finished");
    expect(strength(a, "sc.infection.pjp")).toBe("standard");
    expect(cautions(a, "sc.infection.pjp")).toMatch(/bispecific antibody was given before.*CD4 >200/);
    expect(strength(a, "sc.infection.ivig")).toBe("standard");
    expect(cautions(a, "sc.infection.ivig")).toMatch(/while immunoparesis persists/);
  });

  it("the shingles card no longer calls the transplant the only reason for it", () => {
    expect(cautions(a, "sc.infection.hsv-vzv")).not.toMatch(/transplant is the only reason/);
    expect(cautions(a, "sc.infection.hsv-vzv")).toMatch(/bispecific antibody was given before/);
  });

  it("neutrophils 0.9 after it, nothing given now: the neutropenia alert stays (it went with the drug)", () => {
    const alert = a.alerts.find((x) => x.id === "alert.bispecific-ended.neutropenia-grade-3");
    expect(alert?.severity).toBe("warning");
    expect(alert?.text).toMatch(/G-CSF; fungal prophylaxis while neutropenic/);
  });

  it("control: another line given now after it: that line's own count rules, no after-bispecific alert", () => {
    const r = read("u2-teclistamab-stopped-4-weeks-igg-180");
    r.treatmentHistory.push({ regimen: "Pd", drugs: ["pomalidomide", "dexamethasone"], start: "2026-11-05" });
    const b = assess(r);
    expect(b.alerts.map((x) => x.id)).not.toContain("alert.bispecific-ended.neutropenia-grade-3");
  });

  it("control: no bispecific ever given, IgG 180 without infections: no bispecific PJP card, no IVIG", () => {
    const r = read("u2-teclistamab-stopped-4-weeks-igg-180");
    r.treatmentHistory = r.treatmentHistory.filter((t: Rec) => !t.drugs.includes("teclistamab"));
    r.conditions.recurrentInfections = false;
    const b = assess(r);
    // Review c70-m3: PJP after ASCT is read within the transplant's own line; this relapse is after it.
    expect(option(b, "sc.infection.pjp")).toBeUndefined();
    expect(option(b, "sc.infection.ivig")).toBeUndefined();
  });
});

describe("a stop reason with no end (the 0.2.72 reading) re-checked", () => {
  it("W2: VRd stopped for toxicity on a day not recorded, then relapse: lenalidomide not known, DRd and KRd held, the end asked", () => {
    const a = assess(read("w2-vrd-toxicity-no-end-then-relapse"));
    expect(a.linesOfTherapy?.lenalidomideRefractory).toBeNull();
    // 0.2.72: refractoryNotKnown empty, DRd and KRd standard, "treatmentHistory.progressedOn" asked.
    expect(a.linesOfTherapy?.refractoryNotKnown).toEqual(["bortezomib", "lenalidomide"]);
    expect(strength(a, "rr.drd")).toBe("consider");
    expect(strength(a, "rr.krd")).toBe("consider");
    expect(cautions(a, "rr.drd")).toMatch(/lenalidomide-refractory \(missing: treatmentHistory\.0\.end\)/);
    expect(fields(a)).toContain("treatmentHistory.0.end");
    expect(fields(a)).not.toContain("treatmentHistory.progressedOn");
  });

  it("control: the end recorded within 60 days of the progression makes it refractory and withdraws DRd and KRd", () => {
    const r = read("w2-vrd-toxicity-no-end-then-relapse");
    r.treatmentHistory[0].end = "2026-08-15";
    const a = assess(r);
    expect(a.linesOfTherapy?.lenalidomideRefractory).toBe(true);
    expect(option(a, "rr.drd")).toBeUndefined();
  });

  it("W1: DRd stopped for toxicity with no end keeps the anti-CD38 blood-bank alert (its last dose may be recent)", () => {
    const a = assess(read("w1-drd-stopped-toxicity-no-end"));
    const alert = a.alerts.find((x) => x.id === "alert.anti-cd38.blood-bank-after-last-dose");
    expect(alert?.text).toMatch(/or 0 when it stopped on a day not recorded with nothing after it\): 0 days/);
    expect(fields(a)).toContain("treatmentHistory.0.end");
  });

  it("M1: DRd with a stop reason and no end, no progression: its end is asked (it read 'finished', nothing asked)", () => {
    const r = read("w1-drd-stopped-toxicity-no-end");
    r.treatmentHistory[0].stopReason = "planned";
    const a = assess(r);
    const m = a.missingData.find((x) => x.field === "treatmentHistory.0.end");
    expect(m?.neededFor).toMatch(/the day it stopped \(stopped, planned, on a day not recorded\)/);
  });
});

describe("W5: maintenance agents begun long after the transplant", () => {
  // Review c58-W1: reading it as a new line beyond 6 months called lenalidomide begun 7-12 months after the transplant,
  // the values flat, "therapy for relapsed disease": the record cannot tell; read as maintenance, the question says so.
  it("lenalidomide begun 3 years after the transplant: read as maintenance, the question says how late it began", () => {
    const a = assess(read("w5-lenalidomide-3-years-after-asct-no-phase"));
    expect(a.phase?.code).toBe("maintenance");
    const asked = a.missingData.find((m) => /plannedWithPrevious$/.test(m.field));
    expect(asked?.neededFor).toMatch(
      /though begun more than 6 months after .*; false if it was therapy for a relapse \(a new line\)/,
    );
  });

  it("control: the same lenalidomide begun 4 months after the transplant is read as its maintenance", () => {
    const r = read("w5-lenalidomide-3-years-after-asct-no-phase");
    const asct = r.treatmentHistory.find((t: Rec) => t.asct === true);
    const len = r.treatmentHistory[r.treatmentHistory.length - 1];
    const day = new Date(`${asct.end ?? asct.start}T00:00:00Z`);
    day.setUTCDate(day.getUTCDate() + 120);
    len.start = day.toISOString().slice(0, 10);
    const a = assess(r);
    expect(a.phase?.code).toBe("maintenance");
    expect(a.linesOfTherapy?.count).toBe(1);
    const asked = a.missingData.find((m) => /plannedWithPrevious$/.test(m.field));
    expect(asked?.neededFor).not.toMatch(/more than 6 months/);
  });
});

describe("M3 and M2: the line being given", () => {
  // Its strength stays (review c58-M4: a line of such drugs may be the one now giving a VGPR).
  it("M3: lenalidomide maintenance in lenalidomide-refractory disease says no other drug carries it", () => {
    const a = assess(read("m3-len-maintenance-len-refractory"));
    const text = cautions(a, "pathway.continue-current-line");
    expect(text).toMatch(
      /every drug of the regimen being given \(corticosteroids aside\) is one the disease is refractory to/,
    );
    expect(text).not.toMatch(/its benefit rests on the other drugs/);
  });

  it("M2: week 27 of teclistamab: no step-up stay on its card; the handout names infection and fever (EN, ES)", () => {
    const a = assess(read("m2-teclistamab-week-27-cr-anc-0.9-igg-180"));
    expect(cautions(a, "pathway.continue-current-line")).not.toMatch(/step-up/);
    expect(flat(renderHandout(a, "text"))).toMatch(
      /makes infections more likely.*Call your team at once if you get a fever/,
    );
    expect(flat(renderHandout(a, "text", ES))).toMatch(/Si tiene fiebre, llame a su equipo enseguida/);
  });

  it("control: in its first week teclistamab's card keeps the step-up stay and the handout no infection sentence", () => {
    const r = read("m2-teclistamab-week-27-cr-anc-0.9-igg-180");
    const tec = r.treatmentHistory.find((t: Rec) => t.drugs.includes("teclistamab"));
    tec.start = "2026-11-24";
    const a = assess(r);
    expect(cautions(a, "pathway.continue-current-line")).toMatch(/step-up/);
    expect(flat(renderHandout(a, "text"))).not.toMatch(/makes infections more likely/);
  });
});

describe("U5, W3, W4 (with the importer's readings): what the line count cannot settle", () => {
  const base = (): Rec =>
    JSON.parse(
      readFileSync(join(import.meta.dirname, "../../examples/vignettes/pathway-te-dvrd-week-3.json"), "utf8"),
    );
  const switchAt = (end: string): Rec => {
    const r = base();
    r.treatmentHistory = [
      {
        regimen: "VRd",
        drugs: ["bortezomib", "lenalidomide", "dexamethasone"],
        start: "2026-09-01",
        end,
        stopReason: "toxicity",
      },
      { regimen: "DRd", drugs: ["daratumumab", "lenalidomide", "dexamethasone"], start: "2026-09-25" },
    ];
    return r;
  };

  // Review c58 W2/W3: a rule reading an entry under 21 days as no line of its own (0.2.73 draft) misread complete
  // cycles recorded to their last dose (VRd's is day 14) and pooled a toxicity switch into a quadruplet; it was
  // withdrawn. criteria-and-scores.md 9.1 (2): a drug substituted without plan, for any reason, is a new line.
  it("U5: VRd stopped on day 15 for toxicity, then DRd: a new line by the count, and no relapse (first-line phase)", () => {
    const a = assess(switchAt("2026-09-15"));
    expect(a.linesOfTherapy?.count).toBe(2);
    expect(a.phase?.code).toBe("induction");
    expect(a.phase?.reason).toMatch(
      /^On first-line therapy \(DRd\) in place of a regimen stopped for toxicity.*no relapse/,
    );
  });

  it("W3: a CAR-T after a regimen with no progression on it asks whether that regimen was its bridging", () => {
    const r = base();
    r.treatmentHistory = [
      {
        regimen: "VRd",
        drugs: ["bortezomib", "lenalidomide", "dexamethasone"],
        start: "2023-01-01",
        end: "2024-01-01",
        progressedOn: true,
        progressionDate: "2025-12-01",
      },
      { regimen: "Kd", drugs: ["carfilzomib", "dexamethasone"], start: "2026-01-05", end: "2026-02-01" },
      { regimen: "Cilta-cel", drugs: ["ciltacabtagene autoleucel"], start: "2026-02-20", end: "2026-02-20" },
    ];
    const a = assess(r);
    const asked = a.missingData.find((m) => m.field === "treatmentHistory.2.plannedWithPrevious");
    expect(asked?.neededFor).toMatch(/true if Kd was its bridging therapy/);
    r.treatmentHistory[2].plannedWithPrevious = true;
    const b = assess(r);
    expect(b.missingData.map((m) => m.field)).not.toContain("treatmentHistory.2.plannedWithPrevious");
    expect(b.linesOfTherapy?.count).toBe(a.linesOfTherapy!.count - 1);
  });

  it("W4: a repeat transplant after no recorded progression asks whether it was a planned tandem", () => {
    const r = base();
    r.treatmentHistory = [
      {
        regimen: "VRd",
        drugs: ["bortezomib", "lenalidomide", "dexamethasone"],
        start: "2025-09-01",
        end: "2026-01-15",
        phase: "induction",
      },
      {
        regimen: "Mel200",
        drugs: ["melphalan"],
        start: "2026-03-01",
        end: "2026-03-02",
        asct: true,
        phase: "transplant",
        plannedWithPrevious: true,
      },
      { regimen: "Mel200", drugs: ["melphalan"], start: "2026-06-01", end: "2026-06-02", asct: true },
    ];
    const a = assess(r);
    const asked = a.missingData.find((m) => m.field === "treatmentHistory.2.plannedWithPrevious");
    expect(asked?.neededFor).toMatch(
      /repeat transplant is read as a new line; true if it was a planned tandem/,
    );
  });
});
