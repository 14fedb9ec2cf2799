/** Review c67-W1 (report /work/review67/review.md): on a bispecific antibody or after a BCMA CAR-T with no IgG recorded,
 * or only one from before the therapy started, the IgG was never asked for and no immunoglobulin-replacement card was
 * shown (unknown read as normal). treatments.md 5c, "Bispecific / CAR-T toxicity and prophylaxis rules (encode as
 * required co-orders)": "Hypogammaglobulinemia | IVIG/SCIG if IgG <400 mg/dL, or >=2 severe recurrent bacterial
 * infections regardless of IgG; give monthly while immunoparesis persists"; 8c, IVIG: "IgG <400 mg/dL with
 * recurrent/serious infections" (the record r81: infections recorded on DRd, no IgG). */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { renderHandout } from "../render/handout.js";
import { renderPatientSummary } from "../render/patient.js";
import { ES } from "../render/words/es.js";
import { assess } from "./assess.js";

// biome-ignore lint/suspicious/noExplicitAny: a vignette read as it is
type Rec = any;
const vignette = (name: string): Rec =>
  JSON.parse(
    readFileSync(join(import.meta.dirname, `../../examples/vignettes/review-c67-w1-${name}.json`), "utf8"),
  );
type A = ReturnType<typeof assess>;
const option = (a: A, id: string) => a.options.find((o) => o.id === id);
const iggAsked = (a: A) => a.missingData.filter((m) => m.field === "labs.igg");
const ALERT = "alert.t-cell-redirection.no-igg-since-start";
const alertIds = (a: A) => a.alerts.map((x) => x.id);
const flat = (s: string) => s.replace(/\s+/g, " ");
/** The words of the caution on the line's card and of the IVIG card's "consider". */
const CAUTION =
  /IgG not recorded since the T-cell-redirecting therapy started \(an IgG from before it is not read as today's: the rule reads it as not known\): measure it; IVIG\/SCIG if IgG <400 mg\/dL, or on a bispecific >=2 severe recurrent bacterial infections regardless of IgG; give monthly while immunoparesis persists \(treatments\.md 5c\)/;
const CONSIDER =
  /IgG not recorded since the T-cell-redirecting therapy started .*Not a standing order until the IgG is known/;

/** r61 with an IgG recorded. */
const tecWithIgg = (igg: object, infections?: boolean): Rec => {
  const r = vignette("tec-igg-not-recorded");
  r.labs.igg = igg;
  if (infections !== undefined) r.conditions.recurrentInfections = infections;
  return r;
};

describe("c67-W1: on a bispecific with no IgG recorded (r61), the IgG is asked for", () => {
  const a = assess(vignette("tec-igg-not-recorded"));

  it("labs.igg in missingData, needed for IVIG/SCIG (treatments.md 5c), naming the therapy and its start", () => {
    const asked = iggAsked(a);
    expect(asked).toHaveLength(1);
    expect(asked[0]?.neededFor).toMatch(
      /^IVIG\/SCIG: IgG <400 mg\/dL on T-cell-redirecting therapy, or >=2 severe recurrent bacterial infections regardless of IgG on a bispecific \(treatments\.md 5c\); no IgG recorded since teclistamab, started 2026-04-15$/,
    );
  });

  it("the IVIG card at consider, its condition said; never standard on an unknown IgG", () => {
    const ivig = option(a, "sc.infection.ivig");
    expect(ivig?.strength).toBe("consider");
    expect(ivig?.because).toContain("serum IgG since the T-cell-redirecting therapy started: not known");
    const words = ivig?.cautions.join(" ") ?? "";
    expect(words).toMatch(CONSIDER);
    expect(words).toMatch(/teclistamab, started 2026-04-15; serum IgG as reported: not known/);
  });

  it("the continue card carries the caution beside the co-orders; a warning alert as for the neutrophil count", () => {
    const line = option(a, "pathway.continue-current-line");
    expect(line?.cautions.join(" ")).toMatch(CAUTION);
    const alert = a.alerts.find((x) => x.id === ALERT);
    expect(alert?.severity).toBe("warning");
    expect(alert?.text).toMatch(/an older IgG is not read as today's/);
    // The neutrophil pattern it follows is still there.
    expect(alertIds(a)).toContain("alert.bispecific.no-count-since-start");
  });

  it("the handout names the IgG test plainly (EN, ES), and the full summary says it is not in the record", () => {
    expect(flat(renderHandout(a, "text"))).toMatch(
      /These tests would help: - A blood test of your antibody levels \(IgG\) shows if you have enough of the proteins that fight germs\./,
    );
    expect(flat(renderHandout(a, "text", ES))).toMatch(
      /Estas pruebas ayudarían: - Un análisis de sangre de sus niveles de anticuerpos \(IgG\) muestra si tiene suficientes proteínas que combaten los gérmenes\./,
    );
    expect(flat(renderPatientSummary(a, "text"))).toMatch(/a blood test of your antibody levels \(IgG\)/);
    expect(flat(renderPatientSummary(a, "text", ES))).toMatch(
      /un análisis de sangre de sus niveles de anticuerpos \(IgG\)/,
    );
  });
});

describe("c67-W1: an IgG from before the bispecific started is not today's (r75)", () => {
  const a = assess(vignette("tec-igg900-before-start"));

  it("IgG 900 mg/dL six weeks before teclistamab: asked for, IVIG at consider, the old value shown with its date", () => {
    expect(iggAsked(a)[0]?.neededFor).toMatch(
      /no IgG recorded since teclistamab, started 2026-04-15 \(the one recorded is from before it: not read as today's\)$/,
    );
    const ivig = option(a, "sc.infection.ivig");
    expect(ivig?.strength).toBe("consider");
    expect(ivig?.cautions.join(" ")).toMatch(/serum IgG as reported: 900 mg\/dL on 2026-03-01/);
    expect(alertIds(a)).toContain(ALERT);
    expect(option(a, "pathway.continue-current-line")?.cautions.join(" ")).toMatch(CAUTION);
  });

  it("the same IgG taken on teclistamab (or undated, read as today's): existing behaviour, nothing asked", () => {
    for (const igg of [
      { value: 900, unit: "mg/dL", date: "2026-11-25" },
      { value: 900, unit: "mg/dL" },
      // The day it started counts as since it (as the neutrophil count since a bispecific is read).
      { value: 900, unit: "mg/dL", date: "2026-04-15" },
    ]) {
      const b = assess(tecWithIgg(igg, false));
      expect(iggAsked(b)).toEqual([]);
      expect(option(b, "sc.infection.ivig")).toBeUndefined();
      expect(alertIds(b)).not.toContain(ALERT);
      expect(option(b, "pathway.continue-current-line")?.cautions.join(" ")).not.toMatch(/IgG not recorded/);
    }
  });

  it("an IgG below 400 from before it keeps the card standard (as before), said as not today's, and asked again", () => {
    const b = assess(tecWithIgg({ value: 300, unit: "mg/dL", date: "2026-03-01" }, false));
    const ivig = option(b, "sc.infection.ivig");
    expect(ivig?.strength).toBe("standard");
    expect(ivig?.cautions.join(" ")).toMatch(
      /The IgG below 400 mg\/dL recorded is from before the T-cell-redirecting therapy started: the card reads it, but it is not today's; measure the IgG again .*serum IgG as reported: 300 mg\/dL on 2026-03-01/,
    );
    expect(iggAsked(b)).toHaveLength(1);
    expect(alertIds(b)).toContain(ALERT);
  });
});

describe("c67-W1 controls (r08, r10, r74): a current IgG keeps the existing cards", () => {
  it("IgG 250 mg/dL with two pneumonias: IVIG standard, the low-IgG warning, nothing asked", () => {
    const a = assess(tecWithIgg({ value: 250, unit: "mg/dL", date: "2026-11-25" }, true));
    expect(option(a, "sc.infection.ivig")?.strength).toBe("standard");
    expect(alertIds(a)).toContain("class.t-cell-redirection.low-igg");
    expect(alertIds(a)).not.toContain(ALERT);
    expect(iggAsked(a)).toEqual([]);
  });

  it("IgG 300 mg/dL, no infections: IVIG standard and the warning", () => {
    const a = assess(tecWithIgg({ value: 300, unit: "mg/dL", date: "2026-11-25" }, false));
    expect(option(a, "sc.infection.ivig")?.strength).toBe("standard");
    expect(alertIds(a)).toContain("class.t-cell-redirection.low-igg");
    expect(option(a, "sc.infection.ivig")?.cautions.join(" ")).not.toMatch(/not today's|IgG not recorded/);
  });

  it("IgG 3.5 g/L is read as 350 mg/dL: IVIG standard", () => {
    const a = assess(tecWithIgg({ value: 3.5, unit: "g/L", date: "2026-11-25" }, false));
    expect(option(a, "sc.infection.ivig")?.strength).toBe("standard");
    expect(alertIds(a)).toContain("class.t-cell-redirection.low-igg");
    expect(iggAsked(a)).toEqual([]);
  });

  it("no IgG, infections recorded on the bispecific (r65): the consensus route keeps IVIG standard; the IgG is asked", () => {
    const r = vignette("tec-igg-not-recorded");
    r.conditions.recurrentInfections = true;
    const a = assess(r);
    const ivig = option(a, "sc.infection.ivig");
    expect(ivig?.strength).toBe("standard");
    expect(ivig?.cautions.join(" ")).toMatch(/confirm the number and kind of infections/);
    expect(iggAsked(a)).toHaveLength(1);
    expect(alertIds(a)).toContain(ALERT);
  });

  it("a bispecific that ended (a later line given): the rules already there, read on the IgG recorded; nothing asked", () => {
    const r = vignette("tec-igg-not-recorded");
    const tec = r.treatmentHistory[r.treatmentHistory.length - 1];
    Object.assign(tec, { end: "2026-09-01", progressedOn: true, progressionDate: "2026-08-25" });
    r.treatmentHistory.push({ regimen: "Pd", drugs: ["pomalidomide", "dexamethasone"], start: "2026-09-10" });
    const a = assess(r);
    expect(option(a, "sc.infection.pjp")?.strength).toBe("standard");
    expect(option(a, "sc.infection.ivig")).toBeUndefined();
    expect(iggAsked(a)).toEqual([]);
    expect(alertIds(a)).not.toContain(ALERT);
    // With IgG 300 recorded, its IVIG card stays (review c59-W4).
    r.labs.igg = { value: 300, unit: "mg/dL", date: "2026-11-25" };
    expect(option(assess(r), "sc.infection.ivig")?.strength).toBe("standard");
  });
});

describe("c67-W1: after a BCMA CAR-T infusion with no IgG recorded (r64)", () => {
  const a = assess(vignette("cilta-m6-igg-not-recorded"));

  it("asked for, the observation card's caution, IVIG at consider, the alert", () => {
    expect(iggAsked(a)[0]?.neededFor).toMatch(
      /no IgG recorded since BCMA CAR-T infusion \(ciltacabtagene autoleucel\), 2026-05-30$/,
    );
    expect(option(a, "pathway.observation-after-car-t")?.cautions.join(" ")).toMatch(CAUTION);
    expect(option(a, "sc.infection.ivig")?.strength).toBe("consider");
    expect(option(a, "sc.infection.ivig")?.cautions.join(" ")).toMatch(CONSIDER);
    expect(alertIds(a)).toContain(ALERT);
  });

  it("an IgG of the infusion day is from before it; one after it is read (IgG 250: IVIG standard)", () => {
    const r = vignette("cilta-m6-igg-not-recorded");
    r.labs.igg = { value: 250, unit: "mg/dL", date: "2026-05-30" };
    expect(option(assess(r), "sc.infection.ivig")?.cautions.join(" ")).toMatch(/not today's/);
    r.labs.igg = { value: 250, unit: "mg/dL", date: "2026-11-20" };
    const b = assess(r);
    expect(option(b, "sc.infection.ivig")?.strength).toBe("standard");
    expect(iggAsked(b)).toEqual([]);
    expect(alertIds(b)).not.toContain(ALERT);
    expect(option(b, "pathway.observation-after-car-t")?.cautions.join(" ")).not.toMatch(/IgG not recorded/);
  });
});

describe("c67-W1: recurrent infections on DRd with no IgG (r81): T 8c's IVIG rule waits on the IgG", () => {
  const a = assess(vignette("drd-infections-igg-not-recorded"));

  it("asked for (8c), IVIG at consider with its condition, no T-cell-redirection alert", () => {
    expect(iggAsked(a)).toEqual([
      {
        field: "labs.igg",
        neededFor: "IVIG/SCIG: IgG <400 mg/dL with recurrent or serious infections (treatments.md 8c)",
      },
    ]);
    const ivig = option(a, "sc.infection.ivig");
    expect(ivig?.strength).toBe("consider");
    expect(ivig?.cautions.join(" ")).toMatch(
      /Recurrent or serious infections recorded and no current IgG \(none recorded, or only one older than a value sent and not used\): measure it\. IVIG\/SCIG if IgG <400 mg\/dL with recurrent or serious infections \(treatments\.md 8c\)\. Not a standing order until the IgG is known/,
    );
    expect(alertIds(a)).not.toContain(ALERT);
    expect(flat(renderHandout(a, "text"))).toMatch(/A blood test of your antibody levels \(IgG\)/);
  });

  it("controls: IgG 300 gives IVIG standard (as r43); IgG 600 in IgG-type disease the existing 'cannot be judged'; no infections, no card and nothing asked", () => {
    const r = vignette("drd-infections-igg-not-recorded");
    r.labs.igg = { value: 300, unit: "mg/dL", date: "2026-11-30" };
    expect(option(assess(r), "sc.infection.ivig")?.strength).toBe("standard");
    expect(iggAsked(assess(r))).toEqual([]);
    r.labs.igg = { value: 600, unit: "mg/dL", date: "2026-11-30" };
    const judged = assess(r);
    expect(option(judged, "sc.infection.ivig")?.safetyFindings?.map((f) => f.ruleId)).toEqual([
      "sc.infection.ivig.adjust.igg-not-judgeable",
    ]);
    expect(iggAsked(judged)).toEqual([]);
    r.labs.heavyChain = "IgA";
    expect(option(assess(r), "sc.infection.ivig")).toBeUndefined();
    const n = vignette("drd-infections-igg-not-recorded");
    n.conditions.recurrentInfections = false;
    const b = assess(n);
    expect(option(b, "sc.infection.ivig")).toBeUndefined();
    expect(iggAsked(b)).toEqual([]);
  });
});
