import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import mmRecord from "../../examples/diagnosis/multiple-myeloma.json" with { type: "json" };
import { assess } from "../engine/assess.js";
import { DECISION_SUPPORT_NOTICE } from "../engine/version.js";
import { BIBLIOGRAPHY } from "../model/bibliography/index.js";
import {
  ALL_FIXTURES,
  alAmyloidosis,
  baseAssessment,
  mgusBasic,
  mmNewlyDiagnosed,
  onVrdInduction,
  rrmmSecondRelapse,
  smmHighRisk,
} from "./__fixtures__/assessments.js";
import { renderClinicianSummary } from "./clinician.js";
import { renderPatientSummary } from "./patient.js";

const text = (a = smmHighRisk) => renderClinicianSummary(a, "text");
const md = (a = smmHighRisk) => renderClinicianSummary(a, "markdown");
/** Terminal text wraps at 100 columns: fold whitespace to compare phrases that may wrap. */
const flat = (s: string) => s.replace(/\s+/g, " ");

/** The Markdown lines between a "## title" heading and the next "#" or "##" heading. */
function section(doc: string, title: string): string {
  const lines = doc.split("\n");
  const start = lines.indexOf(`## ${title}`);
  expect(start, `section "${title}"`).toBeGreaterThanOrEqual(0);
  const rest = lines.slice(start + 1);
  const end = rest.findIndex((l) => /^#{1,2} /.test(l));
  return (end < 0 ? rest : rest.slice(0, end)).join("\n");
}

describe("clinician summary: sections carry the Assessment's values", () => {
  it("header: record id, asOf and the notice before the diagnosis", () => {
    const out = text();
    expect(out).toContain("smm-001");
    expect(out).toContain("2026-11-26");
    expect(out.indexOf(DECISION_SUPPORT_NOTICE.slice(0, 40))).toBeLessThan(out.indexOf("Diagnosis"));
  });

  it("diagnosis: category, subtype, and every criterion with its status and reason", () => {
    const out = section(md(), "Diagnosis");
    expect(out).toContain("**Smoldering multiple myeloma** (`smoldering-myeloma`)");
    expect(out).toContain("IgG-kappa");
    expect(out).toMatch(
      /### Criteria of this category \(1\)\n\n- met: `imwg2014\.smm\.mprotein-or-marrow`: Serum M-protein 3\.4 g\/dL/,
    );
    expect(out).toMatch(
      /### Myeloma-defining events \(2\)\n\n- not met: `imwg2014\.crab\.calcium`: Calcium 10\.1 mg\/dL.*\n- unknown \(inputs missing\): `imwg2014\.slim\.mri`/,
    );
    expect(out).toContain("missing: `imaging.mriFocalLesions`");
    expect(out).toContain("### Could change with");
    expect(out).toContain("MRI of spine and pelvis: more than 1 focal lesion would mean active myeloma");
  });

  it("for a real assessment, the chosen category's criteria come first and ruled-out parts are counted", () => {
    const out = section(md(assess(mmRecord)), "Diagnosis");
    const own = out.indexOf("### Criteria of this category");
    const events = out.indexOf("### Myeloma-defining events");
    const others = out.indexOf("### Other categories checked");
    expect(own).toBeGreaterThanOrEqual(0);
    expect(own).toBeLessThan(events);
    expect(events).toBeLessThan(others);
    expect(out.slice(own, events)).toContain("- met: `imwg2014.mm`");
    expect(out.slice(others)).toContain("- not met: `imwg2014.smm`");
    expect(out).toMatch(/\d+ further parts of the other categories' criteria are in the JSON output/);
  });

  it("criteria are ordered met, not met, unknown", () => {
    const out = text();
    expect(out.indexOf("imwg2014.smm")).toBeLessThan(out.indexOf("imwg2014.crab"));
    expect(out.indexOf("imwg2014.crab")).toBeLessThan(out.indexOf("imwg2014.slim"));
  });

  it("indeterminate shows the likely category", () => {
    const out = text(ALL_FIXTURES.indeterminateLikelySmm);
    expect(out).toContain("Category: Indeterminate");
    expect(out).toContain("Most likely: Smoldering multiple myeloma");
    expect(out).toContain("Bone marrow biopsy");
  });

  it("SMM risk: Mayo 2018 and IMWG 2020 groups, factors, score, the rule and FISH status", () => {
    const out = text();
    expect(out).toContain("Mayo 2018 (20/2/20): high risk (2 of 3 factors)");
    expect(out).toContain("IMWG 2020 score: intermediate-high risk (9 points), FISH not assessed");
    expect(out).toContain("rule smm-mayo-2018.high: serumMProteinGDl=3.4, flcRatio=37.5");
    expect(out).toMatch(/Lakshman, Blood Cancer J 2018 \[\d+\]/);
    // Staging of active myeloma does not apply to SMM and is not shown.
    expect(out).not.toContain("R2-ISS");
  });

  it("SMM risk: a group decided with a factor unknown shows the range", () => {
    const a = baseAssessment({
      diagnosis: { category: "smoldering-myeloma" },
      risk: { smmMayo2018: { factors: null, group: "high", factorRange: [2, 3] } },
    });
    expect(text(a)).toContain("Mayo 2018 (20/2/20): high risk (2 to 3 of 3 factors, some inputs unknown)");
  });

  it("MM staging: ISS, R-ISS, R2-ISS stage numbers, missing inputs, cytogenetic findings", () => {
    const out = text(mmNewlyDiagnosed);
    expect(out).toContain("ISS (Greipp 2005): stage II");
    expect(out).toContain("R-ISS (Palumbo 2015): stage III");
    expect(out).toContain("R2-ISS (D'Agostino 2022): not determined");
    expect(out).toContain("missing: cytogenetics.gain1q");
    expect(out).toContain("rule iss.stage-2: beta2MicroglobulinMgL=4.1, albuminGDl=3.8");
    expect(out).toContain("Headline: high risk (IMS/IMWG 2025 consensus): del(17p) in 55% of clonal cells");
    expect(out).toContain("(secondary source)");
    expect(out).not.toContain("Mayo 2018");
  });

  it("R-ISS narrowed to possible stages is said so", () => {
    expect(text(rrmmSecondRelapse)).toContain("R-ISS (Palumbo 2015): not determined (possible: I or II)");
  });

  it("AL amyloidosis: both Mayo stages", () => {
    const out = text(alAmyloidosis);
    expect(out).toContain("Mayo 2004 cardiac stage (European modification): stage IIIa");
    expect(out).toContain("Mayo 2012: stage III (2 points)");
    expect(out).toMatch(/Kumar, J Clin Oncol 2012 \[\d+\]/);
  });

  it("MGUS: no score applies, and says so", () => {
    expect(flat(text(mgusBasic))).toContain(
      "No staging or risk score in this tool applies to MGUS (monoclonal gammopathy of undetermined significance).",
    );
  });

  it("kidney and fitness values with units", () => {
    const out = text(mmNewlyDiagnosed);
    expect(out).toContain("eGFR (CKD-EPI 2021): 55.2 mL/min/1.73m2");
    expect(out).toContain("Creatinine clearance (Cockcroft-Gault, actual body weight): 48.1 mL/min");
    expect(out).toContain("On dialysis: no");
    expect(out).toContain("IMWG frailty (Palumbo 2015): intermediate (1 points)");
    // The frailty item cut-points are UNVERIFIED in the reference: the rule says so.
    expect(out).toMatch(/rule frailty\.imwg\.age: age=78 \[UNVERIFIED\]/);
  });

  it("the progression date says which evidence it is read from (the date refractoriness reads too)", () => {
    const response = {
      ...rrmmSecondRelapse.response!,
      progressionDate: "2026-07-10",
      progressionDateFrom: "lab-series" as const,
    };
    expect(text({ ...rrmmSecondRelapse, response })).toContain(
      "Progression: yes (from 2026-07-10, first of the confirming lab assessments)",
    );
  });

  it("response, lines of therapy and monitoring with next due and OVERDUE", () => {
    const out = text(rrmmSecondRelapse);
    expect(out).toContain("Lines of therapy: line 2 being given (1 prior line)");
    expect(out).toContain("Line 2: DPd, 2025-09-15 to ongoing");
    expect(out).toContain("triple-class exposed, lenalidomide-refractory, prior ASCT");
    expect(out).toContain("Current response (IMWG 2016): PD");
    expect(out).toContain("Progression: yes");
    expect(out).toContain("nadir of 0.8 to 1.6 g/dL");
    expect(out).toContain("Next due: 2026-09-01");
    expect(out).toContain("OVERDUE serum protein electrophoresis: last done 2026-08-01, due 2026-09-01");
    expect(out).not.toContain("OVERDUE CBC");
    expect(out).toContain("CBC: last done 2026-11-20, due 2026-12-18");
  });

  it("without response data the section is left out", () => {
    expect(text(smmHighRisk)).not.toContain("Response and monitoring");
  });

  it("options grouped by kind, with strength, why, cautions and US/EU status", () => {
    const out = md(mmNewlyDiagnosed);
    const opts = section(out, "Options to discuss");
    const sys = opts.indexOf("### Systemic therapy");
    const sct = opts.indexOf("### Stem cell transplant");
    const mnt = opts.indexOf("### Maintenance");
    expect(sys).toBeGreaterThanOrEqual(0);
    expect(sys).toBeLessThan(sct);
    expect(sct).toBeLessThan(mnt);
    expect(opts).toContain("**Daratumumab-VRd induction (PERSEUS)**: preferred");
    expect(opts).toContain("Regimen: D-VRd (daratumumab, bortezomib, lenalidomide, dexamethasone)");
    expect(opts).toContain("Newly diagnosed, transplant candidacy to be decided");
    expect(opts).toContain("Bortezomib: peripheral neuropathy; SC preferred");
    expect(opts).toContain("Regulatory: US approved 2024-07-30; EU approved 2024-10");
    expect(opts).toContain("**Autologous stem cell transplant after induction**: if-eligible");
    expect(opts).toMatch(/Sonneveld, N Engl J Med 2024 \\\[\d+\\\]/);
    expect(text(mmNewlyDiagnosed)).toMatch(/Sonneveld, N Engl J Med 2024 \[\d+\]/);
  });

  it("an option with verified: false is tagged UNVERIFIED; a verified one is not", () => {
    for (const out of [text(), md()]) {
      const line = out.split("\n").find((l) => l.includes("Lenalidomide-dexamethasone (QuiRedex)"));
      expect(line).toMatch(/\[UNVERIFIED\]/);
      const ok = out.split("\n").find((l) => l.includes("Daratumumab SC monotherapy (AQUILA)"));
      expect(ok).not.toMatch(/UNVERIFIED/);
    }
    const tec = text(rrmmSecondRelapse)
      .split("\n")
      .find((l) => l.includes("Teclistamab + daratumumab"));
    expect(tec).toMatch(/^\s+- \[UNVERIFIED\] Teclistamab/);
    expect(flat(text(rrmmSecondRelapse))).toContain("EU pending (CHMP positive opinion 2026-06-25)");
  });

  it("alerts sorted by severity, UNVERIFIED alerts tagged", () => {
    const out = text(mmNewlyDiagnosed);
    const crit = out.indexOf("Critical (1)");
    const info = out.indexOf("Info (1)");
    expect(crit).toBeGreaterThanOrEqual(0);
    expect(crit).toBeLessThan(info);
    expect(out).toContain("Calcium 11.8 mg/dL: hypercalcaemia, treat promptly");
    expect(out).toMatch(/\[UNVERIFIED\] IMWG frailty item cut-points/);
  });

  it("missing data: each field and what it is needed for", () => {
    const out = section(md(), "What is missing to decide");
    expect(out).toContain("- `cytogenetics.t4_14`: needed for IMWG 2020 SMM score");
    expect(out).toContain("- `imaging.mriFocalLesions`: needed for IMWG 2014 SLiM");
  });

  it("references: numbered in order of first use, each resolves to the bibliography entry", () => {
    for (const a of Object.values(ALL_FIXTURES)) {
      const out = md(a);
      const refs = section(out, "References");
      const entries = refs.split("\n").filter((l) => /^\d+\. /.test(l));
      expect(entries.length).toBeGreaterThan(0);
      expect(refs).not.toContain("Unresolved citation");
      entries.forEach((line, i) => {
        expect(line.startsWith(`${i + 1}. `)).toBe(true);
        const id = /`([^`]+)`$/.exec(line)?.[1] ?? "";
        const c = BIBLIOGRAPHY[id as keyof typeof BIBLIOGRAPHY];
        expect(c, id).toBeDefined();
        expect(line).toContain(String(c.year));
      });
      // Every [n] used beside a statement points into the list.
      const used = [...out.matchAll(/ \[(\d+)\]/g)].map((m) => Number(m[1]));
      expect(Math.max(...used)).toBeLessThanOrEqual(entries.length);
    }
    const first = section(md(), "References")
      .split("\n")
      .find((l) => l.startsWith("1. "));
    expect(first).toContain("Rajkumar SV, Dimopoulos MA, Palumbo A, et al.");
    expect(first).toContain("`rajkumar-2014-lancet-oncol`");
  });

  it("an unknown citation id is listed as unresolved, not dropped", () => {
    const a = baseAssessment({
      alerts: [
        {
          id: "x",
          severity: "info",
          text: "Test alert",
          citations: ["no-such-paper" as never],
          verified: true,
        },
      ],
    });
    expect(text(a)).toContain('unresolved source "no-such-paper" [1]');
    expect(text(a)).toContain("Unresolved citation no-such-paper");
  });

  it("versions at the end", () => {
    const out = text();
    expect(out).toContain("Knowledge base: kb-2026.06-test");
    expect(out).toContain("Engine: 0.1.0");
    expect(out.indexOf("Versions")).toBeGreaterThan(out.indexOf("References"));
  });
});

describe("notice on every output", () => {
  it.each(Object.keys(ALL_FIXTURES))("%s: both audiences, both formats", (k) => {
    const a = ALL_FIXTURES[k]!;
    for (const out of [
      renderClinicianSummary(a, "text"),
      renderClinicianSummary(a, "markdown"),
      renderPatientSummary(a, "text"),
      renderPatientSummary(a, "markdown"),
    ]) {
      // Terminal text wraps long lines; compare with whitespace folded.
      expect(out.replace(/\s+/g, " ")).toContain(DECISION_SUPPORT_NOTICE);
    }
  });
});

/** A rough Markdown check: headings in order without skipped levels, list items well formed,
 * code spans and bold markers balanced, no raw HTML. */
function checkMarkdown(doc: string): void {
  const lines = doc.split("\n");
  expect(lines[0]).toMatch(/^# \S/);
  let level = 1;
  let inList = false;
  for (const [i, line] of lines.entries()) {
    const hm = /^(#{1,6}) (.+)$/.exec(line);
    if (hm) {
      const l = hm[1]!.length;
      expect(l, `line ${i + 1}: ${line}`).toBeLessThanOrEqual(level + 1);
      level = l;
      expect(lines[i - 1] ?? "", `blank line before heading at ${i + 1}`).toBe("");
    }
    const item = /^( *)(-|\d+\.) (.*)$/.exec(line);
    if (item) {
      expect(item[1]!.length % 2, `indent at line ${i + 1}`).toBe(0);
      if (!inList) expect(lines[i - 1] ?? "", `blank line before list at ${i + 1}`).toBe("");
    }
    inList = item !== null || (inList && line !== "");
    const unescaped = line.replace(/\\./g, "");
    const ticks = (unescaped.match(/`/g) ?? []).length;
    expect(ticks % 2, `code spans at line ${i + 1}: ${line}`).toBe(0);
    const stars = (unescaped.replace(/`[^`]*`/g, "").match(/\*\*/g) ?? []).length;
    expect(stars % 2, `bold at line ${i + 1}: ${line}`).toBe(0);
    expect(unescaped.replace(/`[^`]*`/g, ""), `raw HTML at line ${i + 1}`).not.toMatch(/<[a-z/]/i);
    expect(line).not.toMatch(/\s$/);
  }
}

describe("Markdown is well formed", () => {
  it.each(Object.keys(ALL_FIXTURES))("%s", (k) => {
    const a = ALL_FIXTURES[k]!;
    checkMarkdown(renderClinicianSummary(a, "markdown"));
    checkMarkdown(renderPatientSummary(a, "markdown"));
  });

  it("special characters in data are escaped", () => {
    const a = baseAssessment({
      alerts: [
        {
          id: "y",
          severity: "warning",
          text: "CrCl <30 mL/min *and* t(4;14)_x",
          citations: [],
          verified: true,
        },
      ],
    });
    const out = md(a);
    expect(out).toContain("CrCl \\<30 mL/min \\*and\\* t(4;14)\\_x");
    checkMarkdown(out);
  });

  it("text format has no Markdown markers and keeps lines within 100 columns", () => {
    for (const a of Object.values(ALL_FIXTURES)) {
      const out = text(a);
      expect(out).not.toContain("**");
      expect(out).not.toMatch(/^#/m);
      for (const line of out.split("\n")) expect(line.length).toBeLessThanOrEqual(100);
    }
  });
});

describe("determinism", () => {
  it("the same Assessment gives the same text, and the input is not changed", () => {
    const a = structuredClone(rrmmSecondRelapse);
    const before = JSON.stringify(a);
    expect(renderClinicianSummary(a, "markdown")).toBe(renderClinicianSummary(a, "markdown"));
    expect(renderPatientSummary(a, "text")).toBe(renderPatientSummary(a, "text"));
    expect(JSON.stringify(a)).toBe(before);
  });
});

describe("clinician summary headline", () => {
  it("opens with a summary block before the diagnosis detail: state, stage and risk, phase, options, critical alerts, next step", () => {
    const doc = md(mmNewlyDiagnosed);
    const lines = doc.split("\n");
    expect(lines.indexOf("## Summary")).toBeGreaterThan(0);
    expect(lines.indexOf("## Summary")).toBeLessThan(lines.indexOf("## Diagnosis"));
    const s = section(doc, "Summary");
    expect(s).toMatch(/^- Disease state: \*\*Multiple myeloma\*\*/m);
    expect(s).toMatch(/^- Stage and risk: ISS .* · R-ISS .* · R2-ISS .* · cytogenetics /m);
    expect(s).toMatch(/^- Phase: /m);
    expect(s).toMatch(/^- Top options \(\d+ in all/m);
    expect(s).toMatch(
      /^- Critical alerts \(1\):\n {2}- Calcium 11\.8 mg\/dL: hypercalcaemia, treat promptly$/m,
    );
    expect(s).not.toMatch(/frailty item cut-points/); // info alerts stay in the Alerts section
    expect(s).toMatch(/^- Next step: /m);
    expect(s.split("\n").length).toBeLessThan(20);
  });

  it("names the smoldering risk groups for smoldering myeloma and the deciding test when indeterminate", () => {
    const smm = section(md(smmHighRisk), "Summary");
    expect(smm).toMatch(/Stage and risk: Mayo 2018 risk high · IMWG 2020 risk /);
    const undecided = assess(
      {
        ...mmRecord,
        imaging: { performed: false },
        labs: {
          ...mmRecord.labs,
          hemoglobin: { value: 13, unit: "g/dL" },
          calcium: { value: 9.5, unit: "mg/dL" },
          creatinine: { value: 0.9, unit: "mg/dL" },
        },
      },
      { defaultAsOf: "2026-11-27" },
    );
    if (undecided.diagnosis.category === "indeterminate")
      expect(section(md(undecided), "Summary")).toMatch(/Next step: decide the category: /);
  });

  it("shows the phase the engine derived, with its reason", () => {
    const a = {
      ...mmNewlyDiagnosed,
      phase: onVrdInduction("VRd started 2026-10-01 and not finished", 8),
    };
    expect(section(md(a), "Summary")).toMatch(
      /^- Phase: induction \(VRd\): VRd started 2026-10-01 and not finished$/m,
    );
  });

  it("prints each IMS-IMWG 2025 rule once, under its definition (not again under the headline risk)", () => {
    const a = assess(JSON.parse(JSON.stringify(mmRecord)), { defaultAsOf: "2026-11-27" });
    const doc = text(a);
    for (const id of ["cytogenetic.ims-2025", "cytogenetic.imwg-2016"]) {
      const n = doc.split(`rule ${id}:`).length - 1;
      expect(n, id).toBe(1);
    }
  });
});

describe("a treated record's criteria are today's values (review c25-10)", () => {
  it("three weeks into teclistamab, Hb 7.4 g/dL: the note says the criteria do not re-decide the diagnosis; untreated: no note", () => {
    const read = (name: string) =>
      JSON.parse(readFileSync(new URL(`../../examples/vignettes/${name}.json`, import.meta.url), "utf8"));
    const treated = renderClinicianSummary(assess(read("review-c25-stale-counts-on-teclistamab")), "text");
    expect(treated.replace(/\s+/g, " ")).toContain(
      "The criteria below read today's values, which treatment changes: a low count or a kidney value on treatment meets a myeloma-defining event only if it is attributable to the myeloma (IMWG 2014)",
    );
    const untreated = renderClinicianSummary(
      assess(read("review-c25-p03-smm-flc-ratio-mixed-dates")),
      "text",
    );
    expect(untreated).not.toContain("The criteria below read today's values");
  });
});
