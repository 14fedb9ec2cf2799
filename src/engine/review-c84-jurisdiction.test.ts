/** Review c84 (report /work/review84/review.md, engine 0.2.80), the jurisdiction findings: c84-M1 (teclistamab
 * monotherapy hidden in the EU view by the US >= 4-line label, though the reference's EU column gives ">=3 prior
 * therapies"; elranatamab, talquetamab and linvoseltamab "need >= 4" for the EU though the reference gives no EU line
 * requirement: treatments.md 5c, 5d), c84-M2 (cilta-cel's EU label element "progressed on last therapy" not checked:
 * treatments.md 5b, criteria-and-scores.md 9.2) and c84-m3 (Kd's EU status "guideline-only" with no EU status in the
 * reference: treatments.md 5a). The reviewer's records are copied into examples/vignettes (review-c84-*), each with its
 * controls. */
import { describe, expect, it } from "vitest";
import { renderClinicianSummary } from "../render/clinician.js";
import { renderHandout } from "../render/handout.js";
import { EN } from "../render/words/en.js";
import { ES } from "../render/words/es.js";
import { readVignette } from "../testing/example-records.js";
import { assess } from "./assess.js";

type A = ReturnType<typeof assess>;
type J = "us" | "eu" | "both";
const option = (a: A, id: string) => a.options.find((o) => o.id === id);
const cautions = (a: A, id: string) => option(a, id)?.cautions.join(" \n ") ?? "";
const notOffered = (a: A, id: string) => (a.notOffered ?? []).find((n) => n.id === id);
const flat = (t: string): string => t.replace(/\s+/g, " ");
const run = (r: unknown, jurisdiction: J = "both") => assess(r, { jurisdiction });
const notOfferedText = (a: A) =>
  flat(renderClinicianSummary(a, "text").match(/Not offered \(\d+\):[\s\S]*?(?=\n\S)/)?.[0] ?? "");

const TCR3 = "review-c84-third-relapse-3-lines-triple-class-refractory";
const DKD_TOX = "review-c84-dkd-stopped-toxicity-relapse-off-therapy-2y";
const R_49_DAYS = "review-c84-r-stopped-choice-progression-49-days-later";
const DARA_LEN = "review-c84-first-relapse-dara-len-refractory-after-dvrd";

/** r847 with a fourth prior line before the present relapse: XVd given 2025-02 to progression, then Kd. */
// biome-ignore lint/suspicious/noExplicitAny: a vignette read as it is, changed freely by the test
const fourLines = (): any => {
  const r = readVignette(TCR3);
  const kd = r.treatmentHistory[r.treatmentHistory.length - 1];
  r.treatmentHistory.splice(r.treatmentHistory.length - 1, 0, {
    regimen: "XVd",
    drugs: ["selinexor", "bortezomib", "dexamethasone"],
    start: "2025-02-01",
    end: "2025-09-01",
    bestResponse: "PR",
    progressedOn: true,
    progressionDate: "2025-09-01",
    stopReason: "progression",
  });
  Object.assign(kd, { start: "2025-09-10" });
  return r;
};
/** r847 after 2 prior lines: the Kd line left out (progression on DPd is the present relapse). */
// biome-ignore lint/suspicious/noExplicitAny: a vignette read as it is, changed freely by the test
const twoLines = (): any => {
  const r = readVignette(TCR3);
  r.treatmentHistory.pop();
  r.series.serumMProtein = r.series.serumMProtein.filter((p: { date: string }) => p.date <= "2025-01-20");
  r.series.serumMProtein.push({ value: 1.6, unit: "g/dL", date: "2026-11-20" });
  return r;
};
/** r849c with DKd given to progression (the control: the last line progressed on therapy). */
// biome-ignore lint/suspicious/noExplicitAny: a vignette read as it is, changed freely by the test
const dkdToProgression = (): any => {
  const r = readVignette(DKD_TOX);
  Object.assign(r.treatmentHistory[r.treatmentHistory.length - 1], {
    end: "2026-10-20",
    stopReason: "progression",
  });
  return r;
};

describe("c84-M1: teclistamab monotherapy after 3 prior lines under the EU label (treatments.md 5c)", () => {
  it("EU view, r847 (3 prior lines, triple-class refractory): listed with its EU status, not 'needs >= 4'", () => {
    const a = run(readVignette(TCR3), "eu");
    expect(a.phase.priorLines).toBe(3);
    const tec = option(a, "bsab.teclistamab");
    expect(tec?.strength).toBe("standard");
    expect(tec?.regulatory.eu?.status).toBe("accelerated-approval");
    expect(tec?.regulatory.eu?.outsideLabel).toBeUndefined();
    expect(tec?.because.join(" ")).toMatch(/EU label: prior lines of therapy: 3/);
    expect(notOffered(a, "bsab.teclistamab")).toBeUndefined();
    expect(notOfferedText(a)).not.toMatch(/Teclistamab monotherapy[^-]*needs >= 4/);
  });

  it("both views: listed with the EU status, the US status outside the label (>= 4 prior lines); handout 'Europe only'", () => {
    const a = run(readVignette(TCR3));
    const tec = option(a, "bsab.teclistamab");
    expect(tec?.regulatory.us?.outsideLabel).toBe(true);
    expect(tec?.regulatory.eu?.outsideLabel).toBeUndefined();
    expect(cautions(a, "bsab.teclistamab")).toMatch(
      /Outside the US label for this patient: it needs prior lines of therapy >= 4 \(prior lines of therapy: 3 /,
    );
    // The EU label's wording is UNVERIFIED in the reference: the option says so.
    expect(cautions(a, "bsab.teclistamab")).toMatch(/UNVERIFIED/);
    expect(flat(renderHandout(a, "text", EN))).toMatch(
      /teclistamab[^\n]*approved for your situation in Europe only/i,
    );
    expect(flat(renderHandout(a, "text", ES))).toMatch(
      /teclistamab[^\n]*aprobad[oa] para su situación solo en Europa/i,
    );
  });

  it("US view at 3 prior lines (control): not offered, with the US label's reason", () => {
    const a = run(readVignette(TCR3), "us");
    expect(option(a, "bsab.teclistamab")).toBeUndefined();
    const n = notOffered(a, "bsab.teclistamab");
    expect(n?.ruleId).toBe("not-offered.prior-lines");
    expect(n && "threshold" in n ? n.threshold : null).toBe(4);
    expect(notOfferedText(a)).toMatch(
      /Teclistamab monotherapy \(BCMA x CD3; MajesTEC-1\): not offered because the US label needs >= 4 prior lines; 3 prior lines recorded/,
    );
  });

  it("2 prior lines (EU view): not offered, the EU label needing >= 3 prior lines; both views name both labels", () => {
    const eu = run(twoLines(), "eu");
    expect(eu.phase.priorLines).toBe(2);
    expect(option(eu, "bsab.teclistamab")).toBeUndefined();
    expect(notOfferedText(eu)).toMatch(
      /Teclistamab monotherapy \(BCMA x CD3; MajesTEC-1\): not offered because the EU label needs >= 3 prior lines; 2 prior lines recorded/,
    );
    const both = run(twoLines());
    expect(option(both, "bsab.teclistamab")).toBeUndefined();
    expect(notOfferedText(both)).toMatch(
      /Teclistamab monotherapy \(BCMA x CD3; MajesTEC-1\): not offered because the EU label needs >= 3 prior lines \(the US label >= 4\); 2 prior lines recorded/,
    );
  });

  it("4 prior lines (control): listed in every view, inside both labels", () => {
    for (const j of ["both", "us", "eu"] as const) {
      const a = run(fourLines(), j);
      expect(a.phase.priorLines).toBe(4);
      const tec = option(a, "bsab.teclistamab");
      expect(tec?.strength).toBe("standard");
      expect(tec?.regulatory.us?.outsideLabel).toBeUndefined();
      expect(tec?.regulatory.eu?.outsideLabel).toBeUndefined();
      expect(option(a, "bsab.elranatamab")).toBeDefined();
      expect(option(a, "bsab.talquetamab")).toBeDefined();
    }
  });
});

describe("c84-M1: elranatamab, talquetamab and linvoseltamab: the reference gives no EU line requirement", () => {
  const words = (title: string) =>
    new RegExp(
      `${title}: not offered because it needs >= 4 prior lines, the US label's requirement \\(the EU label's line requirement is not in the clinical reference: decide with the team\\); 3 prior lines recorded`,
    );

  for (const j of ["eu", "both"] as const)
    it(`${j} view, r847: not offered at the US count, saying the EU wording is not in the reference (never 'needs >= 4' for the EU)`, () => {
      const a = run(readVignette(TCR3), j);
      for (const id of ["bsab.elranatamab", "bsab.talquetamab", "bsab.linvoseltamab"]) {
        expect(option(a, id)).toBeUndefined();
        const n = notOffered(a, id);
        expect(n && "notInReference" in n ? n.notInReference : null).toEqual(["eu"]);
      }
      const text = notOfferedText(a);
      expect(text).toMatch(words("Elranatamab \\(BCMA x CD3; MagnetisMM-3\\)"));
      expect(text).toMatch(words("Talquetamab \\(GPRC5D x CD3; MonumenTAL-1\\)"));
      expect(text).toMatch(words("Linvoseltamab \\(BCMA x CD3; LINKER-MM1\\)"));
    });

  it("US view (control): the US label's >= 4 prior lines, with no EU words", () => {
    const a = run(readVignette(TCR3), "us");
    const n = notOffered(a, "bsab.elranatamab");
    expect(n && "notInReference" in n).toBe(false);
    expect(notOfferedText(a)).toMatch(
      /Elranatamab \(BCMA x CD3; MagnetisMM-3\): not offered because it needs >= 4 prior lines; 3 prior lines recorded/,
    );
  });
});

describe("c84-M2: cilta-cel's EU label element 'progressed on last therapy' (treatments.md 5b)", () => {
  it("r849c (DKd stopped for toxicity in VGPR, progression 2 years later): EU outside the label, with the element named", () => {
    const a = run(readVignette(DKD_TOX));
    const cilta = option(a, "cart.cilta-cel");
    expect(cilta?.strength).toBe("if-eligible");
    expect(cilta?.regulatory.eu?.status).toBe("approved");
    expect(cilta?.regulatory.eu?.outsideLabel).toBe(true);
    expect(cilta?.regulatory.us?.outsideLabel).toBeUndefined();
    const c = cautions(a, "cart.cilta-cel");
    expect(c).toMatch(/Outside the EU label for this patient: it needs .*progressed on the latest line/);
    // The project's reading of "progressed on", said and marked.
    expect(c).toMatch(/within 60 days of its last dose/);
    expect(c).toMatch(/this tool's reading of the EU label's 'progressed on last therapy', UNVERIFIED/);
    expect(flat(renderHandout(a, "text", EN))).toMatch(
      /cilta-cel[^\n]*approved for your situation in the United States only/i,
    );
    expect(flat(renderHandout(a, "text", ES))).toMatch(/cilta-cel[^\n]*solo en los Estados Unidos/i);
  });

  it("r849c, EU view: not listed under the EU label; US view: listed as before", () => {
    expect(option(run(readVignette(DKD_TOX), "eu"), "cart.cilta-cel")).toBeUndefined();
    const us = option(run(readVignette(DKD_TOX), "us"), "cart.cilta-cel");
    expect(us?.strength).toBe("if-eligible");
    expect(us?.regulatory.eu).toBeNull();
    expect(us?.cautions.join(" ")).not.toMatch(/EU label/);
  });

  it("r849a (lenalidomide stopped by choice, progression 49 days later): EU label met on the 60-day reading, said as this tool's reading", () => {
    const a = run(readVignette(R_49_DAYS));
    expect(a.phase.code).toBe("refractory");
    const cilta = option(a, "cart.cilta-cel");
    expect(cilta?.regulatory.eu?.outsideLabel).toBeUndefined();
    expect(cilta?.because.join(" ")).toMatch(
      /EU label: .*within 60 days of its last dose \(this tool's reading of the EU label's 'progressed on last therapy', UNVERIFIED\): yes/,
    );
  });

  it("control: DKd given to progression: EU approved inside its label, status unchanged", () => {
    const a = run(dkdToProgression());
    expect(a.phase.code).toBe("refractory");
    const cilta = option(a, "cart.cilta-cel");
    expect(cilta?.regulatory.eu).toEqual({
      status: "approved",
      date: "2024-04-22",
      note: ">=1 prior therapy incl IMiD and PI, lenalidomide-refractory, progressed on last therapy",
    });
    expect(option(run(dkdToProgression(), "eu"), "cart.cilta-cel")?.strength).toBe("if-eligible");
  });
});

describe("c84-m3: no EU status the reference does not give (treatments.md 5a: Kd, KPd, IRd 'NCCN-listed; dates/details U')", () => {
  it("r842: Kd's EU status is not stated (no 'guideline-only'), its US look-up marked outside the reference", () => {
    const a = run(readVignette(DARA_LEN));
    const kd = option(a, "rr.kd");
    expect(kd).toBeDefined();
    expect(kd?.regulatory.eu).toBeNull();
    expect(kd?.regulatory.us?.note).toMatch(/not in the clinical reference \(UNVERIFIED\)/);
    expect(renderClinicianSummary(a, "text")).not.toMatch(/Kd[^\n]*EU guideline-only/);
  });

  it("KPd and IRd share the slip: no EU status either", async () => {
    const { KNOWLEDGE_ENTRIES } = await import("../knowledge/index.js");
    for (const id of ["rr.kd", "rr.kpd", "rr.ird"]) {
      const e = KNOWLEDGE_ENTRIES.find((x) => x.id === id);
      expect(e?.regulatory.eu).toBeNull();
    }
  });
});
