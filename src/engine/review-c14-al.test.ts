/** Review c14 finding 3 (HARM): AL amyloidosis, heart and kidney involved, heart failure recorded, week 27 of
 * Dara-CyBorD in haematological VGPR, NT-proBNP 2150 -> 4850 pg/mL and troponin T 0.031 -> 0.058 ng/mL
 * (examples/vignettes/review-c14-al-cardiac-progression.json). The next step was high-dose melphalan
 * ("gates met", if-eligible), the handout said "Your heart tests meet the limits", and the reference's
 * cardiac caution (treatments.md 6: "Reduce dex intensity in cardiac involvement; use weekly SC bortezomib;
 * watch fluid balance and orthostatic hypotension") showed only at Mayo stage III. The reference gives no
 * cardiac progression criterion: the rise is shown with its values, never judged; the NYHA I-II gate is
 * UNVERIFIED and the NYHA class not recorded. */
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { renderHandout } from "../render/handout.js";
import { renderPatientSummary } from "../render/patient.js";
import { ES } from "../render/words/es.js";
import { assess } from "./assess.js";

type R = Record<string, unknown>;
const record = (name: string): R =>
  JSON.parse(readFileSync(new URL(`../../examples/vignettes/${name}.json`, import.meta.url), "utf8"));
const AL = "review-c14-al-cardiac-progression";
const flat = (s: string) => s.replace(/\s+/g, " ");
const asct = (r: R) => assess(r).options.find((o) => o.id === "al.asct");
const withConditions = (r: R, c: R): R => ({ ...r, conditions: { ...(r.conditions as R), ...c } });

describe("c14-3: AL with the heart involved and cardiac markers rising", () => {
  it("the line being given carries the cardiac caution (heart involved, Mayo 2004 stage II)", () => {
    const a = assess(record(AL));
    expect(a.risk.alMayo2004.stage).toBe("II");
    const line = a.options.find((o) => o.id === "pathway.continue-current-line");
    expect(line?.cautions.join(" ")).toMatch(/reduce dexamethasone intensity, use weekly SC bortezomib/);
  });

  it("ASCT: not a first choice with heart failure recorded, and the marker rise shown with its values", () => {
    const o = asct(record(AL));
    expect(o?.strength).toBe("consider");
    const text = o?.cautions.join(" ") ?? "";
    expect(text).toMatch(/Heart failure is recorded without its NYHA class/);
    expect(text).toMatch(/higher than at the start of the line: .*no cardiac progression criterion/);
    expect(text).toContain("NT-proBNP at the start of the line: 2150 pg/mL; NT-proBNP: 4850 pg/mL");
    expect(text).toContain("troponin T at the start of the line: 0.031 ng/mL; troponin T: 0.058 ng/mL");
  });

  it("the handout never tells the patient the heart tests 'meet the limits' (EN, ES)", () => {
    const a = assess(record(AL));
    for (const out of [renderPatientSummary(a, "text"), renderHandout(a, "text")])
      expect(flat(out)).not.toContain("heart tests meet the limits");
    const full = flat(renderPatientSummary(a, "text"));
    expect(full).toContain("Your team also checks how well your heart works before deciding.");
    expect(flat(renderPatientSummary(a, "text", ES))).not.toContain("están dentro de los límites");
  });

  it("controls: no heart failure and flat markers keep if-eligible with neither caution", () => {
    const r = withConditions(record(AL), { heartFailure: false });
    const series = r.series as Record<string, R[]>;
    const flatSeries = {
      ...series,
      ntProBnp: [{ date: "2026-05-20", value: 4850, unit: "pg/mL" }],
      troponinT: [{ date: "2026-05-20", value: 0.058, unit: "ng/mL" }],
    };
    const o = asct({ ...r, series: flatSeries });
    expect(o?.strength).toBe("if-eligible");
    expect(o?.cautions.join(" ")).not.toMatch(
      /higher than at the start of the line|Heart failure is recorded/,
    );
  });
});
