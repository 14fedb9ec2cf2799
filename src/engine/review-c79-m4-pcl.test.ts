/** Review c79-m4 (report /work/review79/review.md, record r7925): a presentation with 30-40% circulating plasma cells
 * could not be recorded, so it read as ordinary myeloma and nothing said otherwise. The record now takes
 * `labs.circulatingPlasmaCells` (% of the white cells on a blood smear). At 5% or more with multiple myeloma met, the
 * warning alert.plasma-cell-leukaemia names primary plasma cell leukaemia by the IMWG 2021 consensus definition
 * (fernandez-de-larrea-2021-bcj, Blood Cancer J 2021;11:192: ">= 5% circulating plasma cells in peripheral blood smears
 * in patients otherwise diagnosed with symptomatic multiple myeloma"; looked up, not in the clinical reference, which
 * names plasma cell leukaemia only as a code, criteria-and-scores.md 10.2: UNVERIFIED), and says the reference gives no
 * treatment for it. On treated myeloma the 2021 definition (of primary PCL) is not applied: a leukaemic transformation
 * is named for the team to judge. Failing before the field. */
import { describe, expect, it } from "vitest";
import { isCitationId } from "../model/bibliography/index.js";
import { MmnavError } from "../model/errors.js";
import { toFacts } from "../model/facts.js";
import { renderHandout } from "../render/handout.js";
import { ES } from "../render/words/es.js";
import { readVignette } from "../testing/example-records.js";
import { assess, assessFactsWith } from "./assess.js";
import type { Assessment } from "./assessment.js";
import { assessCompact } from "./compact.js";
import { evaluateKnowledgeReference } from "./knowledge-reference.js";

const PCL = "review-c79-m4-pcl-circulating-35";
const ALERT = "alert.plasma-cell-leukaemia";
const flat = (s: string) => s.replace(/\s+/g, " ");
const alertOf = (a: Assessment) => a.alerts.find((x) => x.id === ALERT);
const withCpc = (value: number | undefined, edit: (r: Record<string, unknown>) => void = () => {}) => {
  const rec = readVignette(PCL) as { labs: Record<string, unknown> } & Record<string, unknown>;
  if (value === undefined) delete rec.labs.circulatingPlasmaCells;
  else rec.labs.circulatingPlasmaCells = { value, unit: "%", date: "2026-11-28" };
  edit(rec);
  return rec;
};

describe("c79-m4: circulating plasma cells and primary plasma cell leukaemia (IMWG 2021)", () => {
  const a = assess(readVignette(PCL));

  it("35% with myeloma met: a warning naming the value, the IMWG 2021 definition, no treatment in the reference; UNVERIFIED, cited", () => {
    expect(a.diagnosis.category).toBe("multiple-myeloma");
    const x = alertOf(a);
    expect(x?.severity).toBe("warning");
    expect(x?.verified).toBe(false);
    expect(x?.citations).toEqual(["fernandez-de-larrea-2021-bcj"]);
    expect(isCitationId("fernandez-de-larrea-2021-bcj")).toBe(true);
    expect(x?.text).toContain("Circulating plasma cells 35% of the white cells on 2026-11-28");
    expect(x?.text).toMatch(/primary plasma cell leukaemia by the IMWG 2021 consensus definition/);
    expect(x?.text).toMatch(/gives no plasma cell leukaemia treatment/);
    expect(x?.text).toMatch(/UNVERIFIED/);
  });

  it("the level is 5%: 5% raises it, 4.9% and a count not recorded do not (and the count is not asked)", () => {
    expect(alertOf(assess(withCpc(5)))).toBeDefined();
    expect(alertOf(assess(withCpc(4.9)))).toBeUndefined();
    const none = assess(withCpc(undefined));
    expect(alertOf(none)).toBeUndefined();
    expect(none.missingData.map((m) => m.field)).not.toContain("labs.circulatingPlasmaCells");
  });

  it("not myeloma (smouldering by the letter: no CRAB, no biomarker): no alert, the definition needs myeloma met", () => {
    const smm = withCpc(8, (r) => {
      const labs = r.labs as Record<string, unknown>;
      labs.calcium = { value: 9.4, unit: "mg/dL" };
      labs.creatinine = { value: 0.9, unit: "mg/dL" };
      labs.hemoglobin = { value: 13.5, unit: "g/dL" };
      labs.involvedFreeLightChain = { value: 300, unit: "mg/L" };
      labs.uninvolvedFreeLightChain = { value: 10, unit: "mg/L" };
      labs.serumMProtein = { value: 1.2, unit: "g/dL" };
      labs.heavyChain = "IgG";
      r.marrow = { clonalPlasmaCellPercent: 20, date: "2026-11-20" };
      r.imaging = {
        performed: true,
        modality: "whole-body-MRI",
        mriFocalLesions: 0,
        osteolyticLesions: 0,
        date: "2026-11-20",
      };
    });
    const s = assess(smm);
    expect(s.diagnosis.category).toBe("smoldering-myeloma");
    expect(alertOf(s)).toBeUndefined();
  });

  it("treated myeloma: the transformation is named for the team, not the primary-PCL definition", () => {
    const treated = withCpc(12, (r) => {
      r.treatmentHistory = [
        {
          regimen: "VRd",
          drugs: ["bortezomib", "lenalidomide", "dexamethasone"],
          start: "2025-01-10",
          end: "2025-06-10",
          bestResponse: "VGPR",
        },
      ];
    });
    const t = alertOf(assess(treated))?.text ?? "";
    expect(t).toMatch(/secondary plasma cell leukaemia\) is for the team to judge/);
    expect(t).not.toMatch(/is primary plasma cell leukaemia by/);
  });

  it("a count in a unit of another kind is refused, naming the field and the unit expected", () => {
    const bad = withCpc(35);
    (bad.labs as Record<string, unknown>).circulatingPlasmaCells = { value: 35, unit: "10*9/L" };
    try {
      assess(bad);
      expect.unreachable("should refuse");
    } catch (e) {
      expect(e).toBeInstanceOf(MmnavError);
      const issues = (e as MmnavError).issues;
      expect(issues.map((i) => i.path)).toContain("labs.circulatingPlasmaCells");
      expect(issues.find((i) => i.path === "labs.circulatingPlasmaCells")?.message).toMatch(/%/);
    }
  });

  it("the handout says it in plain words (EN, ES); absent without the alert", () => {
    expect(flat(renderHandout(a, "text"))).toContain("Doctors call this plasma cell leukaemia.");
    expect(flat(renderHandout(a, "text", ES))).toContain(
      "Los médicos llaman a esto leucemia de células plasmáticas.",
    );
    expect(flat(renderHandout(assess(withCpc(2)), "text"))).not.toMatch(/plasma cell leukaemia/);
  });

  it("fast path, plain reference and the compact view agree", () => {
    const facts = toFacts(readVignette(PCL));
    const full = assessFactsWith(facts, {}, {});
    const ref = assessFactsWith(facts, {}, { evaluator: evaluateKnowledgeReference });
    expect(JSON.stringify(ref)).toBe(JSON.stringify(full));
    expect(assessCompact(readVignette(PCL)).alerts.map((x) => x.id)).toContain(ALERT);
  });
});
