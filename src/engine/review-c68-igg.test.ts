/** Review c68-W1 (report /work/review68/review.md, records r123, r128): after a bispecific antibody that has ended (no
 * line since, nothing given now), an IgG never measured, or one dated before the bispecific started, was read as
 * normal: no `labs.igg` asked, no IVIG card, no alert, while the PJP card is kept for that same window (bispecificEnded,
 * review c57-U2 / c59-W4). treatments.md 5c: "Infections (persist over time)"; "Hypogammaglobulinemia | IVIG/SCIG if
 * IgG <400 mg/dL, or >=2 severe recurrent bacterial infections regardless of IgG; give monthly while immunoparesis
 * persists". The reference gives no time window after the last dose: the cards say so (the existing caution). */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { assess } from "./assess.js";

// biome-ignore lint/suspicious/noExplicitAny: a vignette read as it is
type Rec = any;
type A = ReturnType<typeof assess>;
const option = (a: A, id: string) => a.options.find((o) => o.id === id);
const iggAsked = (a: A) => a.missingData.filter((m) => m.field === "labs.igg");
const alertIds = (a: A) => a.alerts.map((x) => x.id);
const ALERT = "alert.bispecific-ended.no-igg-since-start";
const NOW_ALERT = "alert.t-cell-redirection.no-igg-since-start";
const NO_WINDOW =
  /A bispecific antibody was given before and is not given now: the clinical reference says its infections persist over time and gives no time window after the last dose; the stopping rule it gives is to give it monthly while immunoparesis persists \(IgG <400 mg\/dL\)\./;
const CONSIDER =
  /IgG not recorded since the T-cell-redirecting therapy started .*Not a standing order until the IgG is known/;

/** r123: the c67-W1 vignette (teclistamab since 2026-04-15, no IgG) with teclistamab ended 2026-10-01 for toxicity;
 * asOf 2026-12-01, nothing after it. */
const tecStopped = (): Rec => {
  const r = JSON.parse(
    readFileSync(
      join(import.meta.dirname, "../../examples/vignettes/review-c67-w1-tec-igg-not-recorded.json"),
      "utf8",
    ),
  );
  Object.assign(r.treatmentHistory[r.treatmentHistory.length - 1], {
    end: "2026-10-01",
    stopReason: "toxicity",
  });
  return r;
};
const withIgg = (r: Rec, igg: object): Rec => {
  r.labs.igg = igg;
  return r;
};

describe("c68-W1: teclistamab ended two months ago, no line since, no IgG recorded (r123)", () => {
  const a = assess(tecStopped());

  it("the window is the one PJP is kept for (control: PJP standard with its no-window caution)", () => {
    const pjp = option(a, "sc.infection.pjp");
    expect(pjp?.strength).toBe("standard");
    expect(pjp?.cautions.join(" ")).toMatch(/gives no time window after the last dose/);
  });

  it("labs.igg asked for IVIG/SCIG (treatments.md 5c), naming the ended bispecific and its start", () => {
    const asked = iggAsked(a);
    expect(asked).toHaveLength(1);
    expect(asked[0]?.neededFor).toMatch(/^IVIG\/SCIG: IgG <400 mg\/dL/);
    expect(asked[0]?.neededFor).toMatch(/treatments\.md 5c/);
    expect(asked[0]?.neededFor).toMatch(
      /no IgG recorded since teclistamab, started 2026-04-15, not given now/,
    );
    expect(asked[0]?.neededFor).toMatch(/no time window after the last dose/);
  });

  it("the IVIG card at consider, its condition said, with the no-window caution", () => {
    const ivig = option(a, "sc.infection.ivig");
    expect(ivig?.strength).toBe("consider");
    const words = ivig?.cautions.join(" ") ?? "";
    expect(words).toMatch(CONSIDER);
    expect(words).toMatch(/teclistamab, started 2026-04-15, not given now/);
    expect(words).toMatch(NO_WINDOW);
  });

  it("a warning alert worded for the ended bispecific; not the one for a bispecific given now", () => {
    const alert = a.alerts.find((x) => x.id === ALERT);
    expect(alert?.severity).toBe("warning");
    expect(alert?.text).toMatch(
      /^No IgG recorded since the bispecific antibody given before \(not now\) started/,
    );
    expect(alert?.text).toMatch(/gives no time window after the last dose/);
    expect(alert?.text).toMatch(/teclistamab, started 2026-04-15, not given now/);
    expect(alertIds(a)).not.toContain(NOW_ALERT);
  });
});

describe("c68-W1: an IgG from before the ended bispecific started is not today's", () => {
  it("IgG 900 mg/dL before teclistamab: asked, IVIG at consider, the old value shown with its date, the alert", () => {
    const a = assess(withIgg(tecStopped(), { value: 900, unit: "mg/dL", date: "2026-03-01" }));
    expect(iggAsked(a)[0]?.neededFor).toMatch(/the one recorded is from before it: not read as today's/);
    const ivig = option(a, "sc.infection.ivig");
    expect(ivig?.strength).toBe("consider");
    expect(ivig?.cautions.join(" ")).toMatch(/900 mg\/dL on 2026-03-01/);
    expect(alertIds(a)).toContain(ALERT);
  });

  it("IgG 300 mg/dL before teclistamab: the card stays standard (as before), said as not today's, asked again", () => {
    const a = assess(withIgg(tecStopped(), { value: 300, unit: "mg/dL", date: "2026-03-01" }));
    const ivig = option(a, "sc.infection.ivig");
    expect(ivig?.strength).toBe("standard");
    expect(ivig?.cautions.join(" ")).toMatch(/is from before the T-cell-redirecting therapy started/);
    expect(iggAsked(a)).toHaveLength(1);
  });
});

describe("c68-W1 controls: a recent IgG, a later line, infections, a bispecific given now", () => {
  it("IgG 650 mg/dL since teclistamab started: no IVIG, nothing asked, no alert (unchanged)", () => {
    const a = assess(withIgg(tecStopped(), { value: 650, unit: "mg/dL", date: "2026-11-20" }));
    expect(option(a, "sc.infection.ivig")).toBeUndefined();
    expect(iggAsked(a)).toEqual([]);
    expect(alertIds(a)).not.toContain(ALERT);
    expect(option(a, "sc.infection.pjp")?.strength).toBe("standard");
  });

  it("IgG 300 mg/dL since teclistamab started: IVIG standard with the no-window caution, nothing asked (unchanged)", () => {
    const a = assess(withIgg(tecStopped(), { value: 300, unit: "mg/dL", date: "2026-11-20" }));
    const ivig = option(a, "sc.infection.ivig");
    expect(ivig?.strength).toBe("standard");
    expect(ivig?.cautions.join(" ")).toMatch(NO_WINDOW);
    expect(ivig?.cautions.join(" ")).not.toMatch(CONSIDER);
    expect(iggAsked(a)).toEqual([]);
    expect(alertIds(a)).not.toContain(ALERT);
  });

  it("a later line given after the bispecific (the c67 control): nothing asked, no card, no alert (unchanged)", () => {
    const r = tecStopped();
    Object.assign(r.treatmentHistory[r.treatmentHistory.length - 1], {
      end: "2026-09-01",
      progressedOn: true,
      progressionDate: "2026-08-25",
      stopReason: "progression",
    });
    r.treatmentHistory.push({ regimen: "Pd", drugs: ["pomalidomide", "dexamethasone"], start: "2026-09-10" });
    const a = assess(r);
    expect(option(a, "sc.infection.ivig")).toBeUndefined();
    expect(iggAsked(a)).toEqual([]);
    expect(alertIds(a)).not.toContain(ALERT);
  });

  it("infections recorded (r128): asked once (the 5c reading), IVIG at consider with one reason", () => {
    const r = tecStopped();
    r.conditions.recurrentInfections = true;
    const a = assess(r);
    expect(iggAsked(a)).toHaveLength(1);
    const ivig = option(a, "sc.infection.ivig");
    expect(ivig?.strength).toBe("consider");
    const words = ivig?.cautions.join(" ") ?? "";
    expect(words).toMatch(CONSIDER);
    expect(words).not.toMatch(/Recurrent or serious infections recorded and IgG not recorded/);
  });

  it("teclistamab given now (the c67 case): the alert for a bispecific given now, not this one", () => {
    const r = tecStopped();
    const tec = r.treatmentHistory[r.treatmentHistory.length - 1];
    delete tec.end;
    delete tec.stopReason;
    const a = assess(r);
    expect(alertIds(a)).toContain(NOW_ALERT);
    expect(alertIds(a)).not.toContain(ALERT);
    expect(iggAsked(a)[0]?.neededFor).toMatch(/no IgG recorded since teclistamab, started 2026-04-15$/);
  });
});
