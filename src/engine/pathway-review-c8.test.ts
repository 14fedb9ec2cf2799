/** Review c8 findings on the pathway, each with its vignette and failing on c8-pathway's base 5a06f2c.
 * Early relapse after an autologous transplant (examples/vignettes/pathway-relapse-9-months-after-asct.json,
 * the reviewer's review-c7-01): ASCO/CCO 2019 (Mikhael, JCO 2019: high-risk patients, defined by high-risk
 * cytogenetics and early relapse post-transplant, treated at once; repeat transplant only after >= 18
 * months' PFS); the 12-month cut-off is the one of the early-relapse studies (Majithia, Leukemia 2016),
 * seen in secondary summaries only, so the alert is UNVERIFIED. */
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { assess } from "./assess.js";
import type { Assessment } from "./assessment.js";

const record = (name: string): Record<string, unknown> =>
  JSON.parse(readFileSync(new URL(`../../examples/vignettes/${name}.json`, import.meta.url), "utf8"));
const vignette = (name: string): Assessment => assess(record(name));
const EARLY = "alert.early-relapse-after-asct";
const alertIds = (a: Assessment) => a.alerts.map((x) => x.id);

/** The vignette with its transplant moved to `asct` (the induction before it ends a month earlier). */
function withAsctOn(asct: string, inductionStart: string, inductionEnd: string): Record<string, unknown> {
  const r = record("pathway-relapse-9-months-after-asct");
  const history = (r.treatmentHistory as Record<string, unknown>[]).map((t) =>
    t.asct === true
      ? { ...t, start: asct, end: asct }
      : t.phase === "induction"
        ? { ...t, start: inductionStart, end: inductionEnd }
        : t,
  );
  return { ...r, treatmentHistory: history };
}

describe("relapse 9 months after the autologous transplant, on lenalidomide maintenance", () => {
  const a = vignette("pathway-relapse-9-months-after-asct");

  it("is flagged as an early relapse after transplant: high-risk, treat now, a repeat transplant not suggested", () => {
    const al = a.alerts.find((x) => x.id === EARLY);
    expect(al?.severity).toBe("warning");
    expect(al?.text).toMatch(/within 12 months of the autologous (stem cell )?transplant/);
    expect(al?.text).toMatch(/high-risk/);
    expect(al?.text).toMatch(/treated (at once|immediately)/);
    expect(al?.text).toMatch(/18 months/);
    expect(al?.citations).toEqual(expect.arrayContaining(["mikhael-2019-jco", "majithia-2016-leukemia"]));
    // The 12-month cut-off was seen in secondary summaries only: the alert says it is not verified.
    expect(al?.verified).toBe(false);
  });

  it("changes no option's strength (no source gives one for early relapse)", () => {
    const late = assess(withAsctOn("2025-09-01", "2025-04-01", "2025-08-01"));
    expect(alertIds(late)).not.toContain(EARLY);
    const strengths = (x: Assessment) => x.options.map((o) => `${o.id}:${o.strength}`);
    expect(strengths(a)).toEqual(strengths(late));
  });

  it("not at 13 months, nor 40 months after the transplant, nor without a progression", () => {
    // ASCT 2025-09-10, progression 2026-10-20: 13.3 months.
    expect(alertIds(assess(withAsctOn("2025-09-10", "2025-04-01", "2025-08-10")))).not.toContain(EARLY);
    // relapse-lenalidomide-refractory: ASCT 2023-06-01, progression 2026-10-10.
    expect(alertIds(vignette("relapse-lenalidomide-refractory"))).not.toContain(EARLY);
    // Six months after the transplant, on maintenance, no progression.
    expect(alertIds(vignette("post-asct-maintenance"))).not.toContain(EARLY);
  });

  it("progression recorded in the history only (no lab series): the recorded date decides", () => {
    const r = record("pathway-relapse-9-months-after-asct");
    const b = assess({ ...r, series: {} });
    // ASCT 2026-01-10, progression recorded 2026-11-15: 10.2 months.
    expect(alertIds(b)).toContain(EARLY);
  });
});

/* Finding 2: the candidacy conflict (a frail patient recorded as a transplant candidate) while the
 * transplant is still ahead (examples/vignettes/pathway-frail-candidate-on-vrd-induction.json): on
 * induction, not only untreated. criteria-and-scores 8.3: eligibility is the clinician's decision, shown
 * with its inputs; after the transplant there is no decision left to put. */
const CONFLICT = "pathway.transplant-candidacy-conflict";

describe("frail 79-year-old, ECOG 3, recorded as a transplant candidate, in week 5 of VRd induction", () => {
  const a = vignette("pathway-frail-candidate-on-vrd-induction");

  it("the recorded decision is put to the team: a warning naming the fitness that argues against it", () => {
    expect(a.phase.code).toBe("induction");
    const al = a.alerts.find((x) => x.id === CONFLICT);
    expect(al?.severity).toBe("warning");
    expect(al?.text).toContain("recorded as a transplant candidate");
    expect(al?.text).toContain("ECOG performance status: 3");
    expect(al?.text).toMatch(/no single numeric rule/);
    // On induction no first-line regimen is offered: the alert does not promise DRd.
    expect(al?.text).not.toContain("DRd");
  });

  it("the steps ahead hold under the team's answer: transplant ones if confirmed, continued therapy if not", () => {
    for (const id of ["ndmm.te.asct", "pathway.te.stem-cell-collection", "ndmm.te.consolidation"]) {
      const o = a.options.find((x) => x.id === id);
      expect(o?.conditionalOn, id).toBe("transplant-candidate");
    }
    // Review c89-M2: the continuation is listed from VRd's last (8th) cycle of 21 days, week 21: the same record then.
    expect(a.options.find((x) => x.id === "pathway.no-asct.continued-lenalidomide")).toBeUndefined();
    const r = record("pathway-frail-candidate-on-vrd-induction");
    (r.treatmentHistory as { start: string }[])[0]!.start = "2026-07-06"; // day 147 on 2026-11-30
    const cont = assess(r).options.find((x) => x.id === "pathway.no-asct.continued-lenalidomide");
    expect(cont?.conditionalOn).toBe("not-transplant-candidate");
    // The line being given goes on under both answers.
    expect(a.options.find((x) => x.id === "pathway.continue-current-line")?.conditional).toBeUndefined();
    const transplant = a.plan.find((s) => s.phase === "transplant");
    expect(transplant?.title).toMatch(/only if the care team confirms transplant candidacy/);
  });

  it("not after the transplant: on maintenance after ASCT, the candidacy is no longer a decision ahead", () => {
    const r = record("pathway-frail-candidate-on-vrd-induction");
    const after = assess({
      ...r,
      treatmentHistory: [
        {
          regimen: "VRd",
          drugs: ["bortezomib", "lenalidomide", "dexamethasone"],
          start: "2026-02-02",
          end: "2026-05-20",
          phase: "induction",
          progressedOn: false,
        },
        {
          regimen: "Mel140-ASCT",
          drugs: ["melphalan"],
          start: "2026-07-01",
          end: "2026-07-02",
          asct: true,
          phase: "transplant",
          plannedWithPrevious: true,
          progressedOn: false,
        },
        {
          regimen: "R maintenance",
          drugs: ["lenalidomide"],
          start: "2026-09-01",
          phase: "maintenance",
          plannedWithPrevious: true,
          progressedOn: false,
        },
      ],
    });
    expect(after.phase.code).toBe("maintenance");
    expect(alertIds(after)).not.toContain(CONFLICT);
  });
});
