/** Review c13 (plan): a frail 83-year-old, transplant-ineligible, three weeks into D-VMP (examples/vignettes/
 * review-c13-dvmp-week-3.json). The plan's next step read "Continued or maintenance therapy (VRd x8 then Rd;
 * DRd, D-Rd, Isa-Rd until progression)": the lenalidomide sequences, not the regimen being given.
 * treatments.md 4, D-VMP row (ALCYONE, mateos-2018-nejm-alcyone): "Dara + bortezomib + melphalan + prednisone
 * x 9 -> dara maintenance ... Used where lenalidomide is unsuitable". The knowledge entry ndmm.tie.d-vmp says
 * the same sequence; the plan step now names it. Other first lines keep their wording (control). */
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { KNOWLEDGE_ENTRIES } from "../knowledge/index.js";
import { assess } from "./assess.js";
import type { Assessment } from "./assessment.js";

type Rec = Record<string, unknown> & { treatmentHistory: Record<string, unknown>[] };
const record = (name: string): Rec =>
  JSON.parse(readFileSync(new URL(`../../examples/vignettes/${name}.json`, import.meta.url), "utf8"));
const DVMP = "review-c13-dvmp-week-3";
/** The D-VMP vignette with its treatment history replaced. */
const withHistory = (history: Record<string, unknown>[]): Assessment =>
  assess({ ...record(DVMP), treatmentHistory: history });
const firstLine = (drugs: string[], regimen: string): Record<string, unknown> => ({
  regimen,
  drugs,
  start: "2026-11-10",
  end: null,
  phase: "induction",
});
const step = (a: Assessment, phase: string) => (a.plan ?? []).find((s) => s.phase === phase);
const titles = (a: Assessment) => (a.plan ?? []).map((s) => s.title).join(" | ");
const LENALIDOMIDE_WORDING = /VRd x8|Rd\b|lenalidomide/;

describe("review c13: on D-VMP, the continued/maintenance step is daratumumab maintenance (ALCYONE)", () => {
  const a = assess(record(DVMP));

  it("the vignette is line 1, induction, transplant-ineligible", () => {
    expect(a.phase.code).toBe("induction");
    expect(a.phase.currentLine).toBe(1);
  });

  it("the next step names daratumumab maintenance after the 9 cycles of D-VMP, not the lenalidomide regimens", () => {
    const next = step(a, "maintenance");
    expect(next?.status).toBe("next");
    expect(next?.title).toMatch(/daratumumab maintenance/i);
    expect(next?.title).toMatch(/9 cycles/);
    expect(next?.title).toMatch(/\(ALCYONE\)/);
    expect(titles(a)).not.toMatch(LENALIDOMIDE_WORDING);
  });

  it("the trial named is the one the D-VMP knowledge entry cites (mateos-2018-nejm-alcyone)", () => {
    const entry = KNOWLEDGE_ENTRIES.find((e) => e.id === "ndmm.tie.d-vmp");
    expect(entry?.citations).toEqual(["mateos-2018-nejm-alcyone"]);
    expect(entry?.title).toMatch(/daratumumab maintenance \(ALCYONE\)/);
  });

  it("no lenalidomide continuation is offered while D-VMP is given", () => {
    expect(a.options.map((o) => o.id)).not.toContain("pathway.no-asct.continued-lenalidomide");
    for (const o of a.options) expect(o.regimen?.drugs ?? []).not.toContain("lenalidomide");
  });

  it("with or without prednisone, and with subcutaneous daratumumab", () => {
    for (const drugs of [
      ["daratumumab", "bortezomib", "melphalan"],
      ["daratumumab-hyaluronidase", "bortezomib", "melphalan", "prednisone"],
    ]) {
      const b = withHistory([firstLine(drugs, "D-VMP")]);
      expect(step(b, "maintenance")?.title, drugs.join("+")).toMatch(/daratumumab maintenance.*ALCYONE/i);
    }
  });

  it("on daratumumab maintenance after the 9 cycles (same line): the current step says so", () => {
    const b = withHistory([
      {
        ...firstLine(["daratumumab", "bortezomib", "melphalan", "prednisone"], "D-VMP"),
        start: "2025-11-10",
        end: "2026-10-20",
      },
      {
        regimen: "Dara maintenance",
        drugs: ["daratumumab"],
        start: "2026-10-21",
        end: null,
        phase: "maintenance",
      },
    ]);
    expect(b.phase.code).toBe("maintenance");
    const now = step(b, "maintenance");
    expect(now?.status).toBe("current");
    expect(now?.title).toMatch(/daratumumab maintenance.*ALCYONE/i);
    expect(titles(b)).not.toMatch(LENALIDOMIDE_WORDING);
  });
});

describe("review c13 control: other first lines keep their wording", () => {
  it("the same patient on VRd keeps 'VRd x8 then Rd'", () => {
    const b = withHistory([firstLine(["bortezomib", "lenalidomide", "dexamethasone"], "VRd")]);
    expect(b.phase.code).toBe("induction");
    expect(step(b, "maintenance")?.title).toMatch(/Continued or maintenance therapy \(VRd x8 then Rd/);
    expect(titles(b)).not.toMatch(/ALCYONE/);
  });

  it("VRd for 8 cycles finished without a transplant keeps 'VRd x8 then Rd'", () => {
    const b = assess(record("pathway-vrd-8-cycles-no-transplant"));
    expect(step(b, "maintenance")?.title).toMatch(/Continued or maintenance therapy \(VRd x8 then Rd/);
  });

  it("VMP without daratumumab (no D-VMP; the reference gives VMP no row of its own) is not read as D-VMP", () => {
    const b = withHistory([firstLine(["bortezomib", "melphalan", "prednisone"], "VMP")]);
    expect(titles(b)).not.toMatch(/ALCYONE|daratumumab maintenance/i);
  });

  it("D-VMP with another drug added (lenalidomide) is not D-VMP", () => {
    const b = withHistory([firstLine(["daratumumab", "bortezomib", "melphalan", "lenalidomide"], "other")]);
    expect(titles(b)).not.toMatch(/ALCYONE/);
  });
});

/** Review c13-11 (the fixer's note): a D-VMP first line recorded as finished, nothing after it. Lenalidomide
 * continuation was the "standard" next step, against treatments.md 4 (D-VMP "used where lenalidomide is
 * unsuitable", continued with daratumumab maintenance). It is now "consider", saying why and that the reference
 * does not say what follows a D-VMP line that ended without daratumumab maintenance. */
describe("review c13-11: after a finished D-VMP line, lenalidomide continuation is not a first choice", () => {
  const finished = (drugs: string[], regimen: string) =>
    withHistory([{ ...firstLine(drugs, regimen), end: "2026-11-20", stopReason: "completed" }]);
  const continued = (a: Assessment) =>
    a.options.find((o) => o.id === "pathway.no-asct.continued-lenalidomide");

  it("D-VMP finished: 'consider', with the reason and ALCYONE", () => {
    const a = finished(["daratumumab", "bortezomib", "melphalan", "prednisone"], "D-VMP");
    expect(a.phase.code).toBe("line-finished");
    const o = continued(a);
    expect(o?.strength).toBe("consider");
    expect(o?.cautions.join(" ")).toMatch(
      /The first line was D-VMP, which the reference lists where lenalidomide is unsuitable/,
    );
    expect(o?.citations).toContain("mateos-2018-nejm-alcyone");
  });

  it("control: VRd finished keeps lenalidomide continuation 'standard'", () => {
    const a = finished(["bortezomib", "lenalidomide", "dexamethasone"], "VRd");
    expect(continued(a)?.strength).toBe("standard");
  });
});
