/** Reviews c63 and c64 (the patient's pages): c63-M3, Tec-Dara "a common first choice" unmarked while its EU decision
 * is pending; c63-M4, KRd unmarked for a patient with NYHA class III heart failure; c63-m2, "getting over" the
 * transplant beside "Done: Getting over the transplant"; c64-M1, a high calcium said first and the kidneys of
 * creatinine 4.6 mg/dL after the plan; c64-m4, "your next test is on <the day of the summary>" for a test due now.
 * Each read the wrong thing on engine 0.2.74. EN and ES. */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { assess } from "../engine/assess.js";
import { renderClinicianSummary } from "./clinician.js";
import { renderHandout, urgentWords } from "./handout.js";
import { renderPatientSummary } from "./patient.js";
import { planStepNames } from "./plan-names.js";
import { EN } from "./words/en.js";
import { ES } from "./words/es.js";
import type { HandoutWords } from "./words/types.js";

// biome-ignore lint/suspicious/noExplicitAny: a vignette edited in place
type Rec = any;
const read = (name: string): Rec =>
  JSON.parse(readFileSync(join(import.meta.dirname, `../../examples/vignettes/${name}.json`), "utf8"));
const flat = (s: string) => s.replace(/\s+/g, " ");
const page = (a: ReturnType<typeof assess>, w: HandoutWords = EN) => flat(renderHandout(a, "text", w));
const full = (a: ReturnType<typeof assess>, w: HandoutWords = EN) => flat(renderPatientSummary(a, "text", w));

describe("c63-M3: an option approved in the US whose EU decision is pending is marked so", () => {
  const r = read("review-c63-handout-tec-dara-eu-pending");

  it("both jurisdictions shown: the Tec-Dara line says approved in the US, not yet in Europe (EN, ES)", () => {
    const a = assess(r);
    const tec = a.options.find((o) => o.id === "rr.tec-dara");
    expect(tec?.regulatory.eu?.status).toBe("pending");
    expect(page(a)).toMatch(
      /teclistamab and daratumumab – [^-]*approved in the United States, not yet in Europe/,
    );
    expect(page(a, ES)).toMatch(
      /teclistamab y daratumumab – [^-]*aprobado en los Estados Unidos, aún no en Europa/,
    );
    // The clinician's plan names the regimen code with the same note.
    const relapse = a.plan?.find((s) => s.optionIds.includes("rr.tec-dara"));
    expect(relapse && planStepNames(a, relapse)).toContain("Tec-Dara (US; EU pending)");
  });

  it("control: one jurisdiction shown, no such mark", () => {
    const a = assess(r, { jurisdiction: "us" });
    expect(page(a)).not.toMatch(/not yet in Europe/);
  });
});

describe("c63-M4: carfilzomib held back for heart failure is marked on the patient's pages", () => {
  const r = read("review-c63-nyha3-candidate-yes");

  it("NYHA class III: KRd says it may be hard on the heart (one page and full summary, EN and ES)", () => {
    const a = assess(r);
    expect(a.options.find((o) => o.id === "ndmm.te.krd")?.strength).toBe("consider");
    expect(page(a)).toMatch(/carfilzomib \(KRd\)[^.]* – may be hard on your heart/);
    expect(page(a, ES)).toMatch(/carfilzomib \(KRd\)[^.]* – puede ser perjudicial para su corazón/);
    expect(full(a)).toContain("May be hard on your heart.");
  });

  it("control: no heart failure recorded, no such mark", () => {
    const a = assess({ ...r, conditions: { ...r.conditions, heartFailure: false, nyhaClass: undefined } });
    expect(a.options.find((o) => o.id === "ndmm.te.krd")).toBeDefined();
    expect(page(a)).not.toMatch(/heart/i);
  });
});

describe("c63-m2: after the transplant and its consolidation, maintenance next", () => {
  it("says the transplant and the treatment after it are done and long-term treatment is next (EN, ES)", () => {
    const a = assess(read("review-c63-del17p-maint-choice"));
    expect(a.phase.code).toBe("post-transplant");
    expect(page(a)).toContain(EN.postTransplantStepsDone);
    expect(page(a)).not.toContain(EN.phase["post-transplant"].now);
    expect(page(a, ES)).toContain(ES.postTransplantStepsDone);
    // Re-check c65-m6: the done step is the treatment after the transplant, not the recovery.
    expect(page(a)).toContain(`${EN.planStatus.done}: ${EN.phase["post-transplant"].step}.`);
    expect(page(a)).not.toContain(EN.recoveryStep);
  });

  it("control: after the transplant with consolidation now (the post-transplant step current): the recovery words stay", () => {
    const a = assess(read("pathway-after-asct-dvrd-consolidation"));
    expect(a.plan?.find((s) => s.phase === "post-transplant")?.status).toBe("current");
    expect(page(a)).toContain(EN.phase["post-transplant"].now);
    expect(page(a)).not.toContain(EN.postTransplantStepsDone);
  });
});

/** The one page and the full summary, in English and Spanish, with the words of each. */
const pagesOf = (a: ReturnType<typeof assess>) =>
  [
    [EN, page(a)],
    [ES, page(a, ES)],
    [EN, full(a)],
    [ES, full(a, ES)],
  ] as const;

describe("c64-M1: the kidneys of untreated myeloma are said first beside a high calcium", () => {
  it("the urgent section names the kidneys too, said once (one page and full summary, EN and ES)", () => {
    const a = assess(read("ndmm-kidney-injury"));
    expect(a.alerts.map((x) => x.id)).toEqual(
      expect.arrayContaining(["alert.hypercalcemia", "alert.ndmm-renal-impairment"]),
    );
    for (const [w, text] of pagesOf(a)) {
      const urgent = text.indexOf(w.summary.headings.urgent);
      const kidneys = text.indexOf(w.kidneyAtDiagnosis);
      expect(urgent).toBeGreaterThanOrEqual(0);
      expect(kidneys).toBeGreaterThan(urgent);
      // In the urgent section's words, right after the calcium's.
      expect(urgentWords(a, w)?.endsWith(`${w.urgent} ${w.kidneyAtDiagnosis} ${w.kidneyEarly}`)).toBe(true);
      expect(text).toContain(urgentWords(a, w));
      expect(text.split(w.kidneyAtDiagnosis)).toHaveLength(2);
    }
  });

  it("re-check c65-M4: with a normal calcium, the kidneys alone are said first, with treatment early (EN, ES)", () => {
    const r = read("ndmm-kidney-injury");
    r.labs.calcium = { ...r.labs.calcium, value: 9.5 };
    const a = assess(r);
    expect(a.alerts.filter((x) => x.severity === "critical")).toEqual([]);
    for (const [w, text] of pagesOf(a)) {
      expect(urgentWords(a, w)).toBe(`${w.kidneyAtDiagnosis} ${w.kidneyEarly}`);
      const urgent = text.indexOf(w.summary.headings.urgent);
      expect(urgent).toBeGreaterThanOrEqual(0);
      expect(text.indexOf(w.kidneyAtDiagnosis)).toBeGreaterThan(urgent);
      expect(text).toMatch(
        new RegExp(`${w.summary.headings.urgent} -+ ${w.kidneyAtDiagnosis} ${w.kidneyEarly}`),
      );
      expect(text.split(w.kidneyAtDiagnosis)).toHaveLength(2);
    }
  });

  it("control: kidneys that meet no renal criterion: no kidney words and no urgent section", () => {
    const r = read("ndmm-kidney-injury");
    r.labs.calcium = { ...r.labs.calcium, value: 9.5 };
    r.labs.creatinine = { ...r.labs.creatinine, value: 0.9, unit: "mg/dL" };
    const a = assess(r);
    expect(a.alerts.map((x) => x.id)).not.toContain("alert.ndmm-renal-impairment");
    expect(page(a)).not.toContain(EN.kidneyAtDiagnosis);
    expect(page(a)).not.toContain(EN.kidneyEarly);
  });
});

describe("c64-m4: a test with no dated result is due now, not due on the day of the summary", () => {
  it("says due now, with no date (EN, ES)", () => {
    const a = assess(read("handout-spanish-smm-high-risk-woman"));
    expect(a.monitoring.items[0]).toMatchObject({ lastDone: null, status: "due", due: a.asOf });
    expect(page(a)).toContain("Your next blood protein test is due now.");
    expect(page(a, ES)).toContain("Ya le toca su próxima prueba (análisis de proteínas en la sangre).");
    expect(page(a)).not.toContain("is due on 1 December 2026");
  });
});

describe("c64-M1 / c65-M4: the clinician summary names the untreated renal event, not only counts it", () => {
  const summaryOf = (r: Rec) => {
    const text = flat(renderClinicianSummary(assess(r), "text"));
    return text.slice(0, text.indexOf("Plan ahead"));
  };
  it("creatinine 4.6 mg/dL, normal calcium: a Kidneys line in the summary, with therapy early", () => {
    const r = read("ndmm-kidney-injury");
    r.labs.calcium = { ...r.labs.calcium, value: 9.5 };
    expect(summaryOf(r)).toMatch(
      /Kidneys: the IMWG 2014 renal criterion is met and no therapy is recorded: if attributable to myeloma \(the team's attribution is not recorded\), bortezomib-based therapy with high-dose dexamethasone early/,
    );
  });
  it("stop 48 leftover: the team's attribution recorded: said as recorded, not 'if attributable' (summary and alert)", () => {
    const r = read("ndmm-kidney-injury");
    r.labs.calcium = { ...r.labs.calcium, value: 9.5 };
    r.conditions = { ...r.conditions, kidneyImpairmentFromMyeloma: true };
    expect(summaryOf(r)).toMatch(
      /Kidneys: the IMWG 2014 renal criterion is met and no therapy is recorded: attributed to myeloma by the team, bortezomib-based therapy/,
    );
    expect(summaryOf(r)).not.toContain("if attributable to myeloma (");
    // Attributed: the critical alert of review c83-m1.
    const alert = assess(r).alerts.find((x) => x.id === "alert.ndmm-renal-impairment.from-myeloma");
    expect(alert?.text).toContain("kidney impairment attributed to myeloma by the team: yes");
  });
  it("control: treated, or kidneys not meeting the criterion: no such line", () => {
    const r = read("ndmm-kidney-injury");
    r.labs.creatinine = { value: 0.9, unit: "mg/dL" };
    expect(summaryOf(r)).not.toMatch(/Kidneys: /);
    expect(summaryOf(read("relapse-lenalidomide-sensitive"))).not.toMatch(/Kidneys: /);
  });
});

describe("re-check c66-M2 rest: long after the transplant with nothing since, not 'getting over it'", () => {
  it("ASCT on 2026-10-01; 8 months on: the transplant as past, what comes next with the team (EN, ES)", () => {
    const r = read("pathway-after-asct-dvrd-consolidation");
    const a = assess({ ...r, asOf: "2027-06-05" });
    expect(a.phase.code).toBe("post-transplant");
    for (const w of [EN, ES]) {
      expect(page(a, w)).toContain(w.postTransplantLongAgo(6));
      expect(page(a, w)).not.toContain(w.phase["post-transplant"].now);
      expect(full(a, w)).toContain(w.postTransplantLongAgo(6));
    }
  });

  it("control: two months after the transplant the recovery words stay", () => {
    const a = assess(read("pathway-after-asct-dvrd-consolidation"));
    expect(page(a)).toContain(EN.phase["post-transplant"].now);
    expect(page(a)).not.toContain(EN.postTransplantLongAgo(6));
  });
});
