/** Review c70-M2: a high-risk smouldering myeloma (IgG-kappa 2.5 g/dL, FLC ratio 25, marrow 25%) whose haemoglobin fell
 * 13.1 -> 9.6 g/dL, calcium, creatinine and imaging normal: the anaemia, the only myeloma-defining event, made it myeloma
 * with D-VRd "preferred" and nothing said of its attribution, which the kidney's criterion asks (review c60-M1). IMWG
 * 2014 (criteria-and-scores.md 1.1): a CRAB feature counts only when attributable to the plasma-cell disorder. */
import { describe, expect, it } from "vitest";
import { renderHandout } from "../render/handout.js";
import { EN } from "../render/words/en.js";
import { ES } from "../render/words/es.js";
import { readVignette } from "../testing/example-records.js";
import { assess } from "./assess.js";

const read = () => readVignette("review-c70-smm-high-new-anaemia-9.6");
const ALERT = "alert.anaemia-only-event-attribution";
const flat = (s: string) => s.replace(/\s+/g, " ");

describe("c70-M2: anaemia the only myeloma-defining event", () => {
  it("attribution not recorded: still myeloma, with a warning and the attribution asked for", () => {
    const a = assess(read());
    expect(a.diagnosis.category).toBe("multiple-myeloma");
    const alert = a.alerts.find((x) => x.id === ALERT);
    expect(alert?.severity).toBe("warning");
    expect(alert?.text).toContain("haemoglobin 9.6 g/dL on 2026-11-20");
    expect(alert?.text).toContain("counts only when attributable to the plasma-cell disorder");
    expect(a.missingData.map((m) => m.field)).toContain("conditions.anaemiaFromMyeloma");
  });

  it("the handout says the team checks the anaemia comes from the myeloma first (EN, ES)", () => {
    const a = assess(read());
    for (const w of [EN, ES]) expect(flat(renderHandout(a, "text", w))).toContain(w.anaemiaAttribution);
  });

  it("recorded true: myeloma, nothing asked; recorded false: the anaemia counts not, smouldering myeloma", () => {
    const yes = read();
    yes.conditions.anaemiaFromMyeloma = true;
    const y = assess(yes);
    expect(y.diagnosis.category).toBe("multiple-myeloma");
    expect(y.alerts.some((x) => x.id === ALERT)).toBe(false);
    expect(y.missingData.map((m) => m.field)).not.toContain("conditions.anaemiaFromMyeloma");
    const no = read();
    no.conditions.anaemiaFromMyeloma = false;
    const n = assess(no);
    expect(n.diagnosis.category).toBe("smoldering-myeloma");
    expect(n.alerts.some((x) => x.id === ALERT)).toBe(false);
  });

  it("control: another event met too (calcium 11.8 mg/dL): the anaemia's attribution decides nothing, not asked", () => {
    const r = read();
    r.labs.calcium = { ...r.labs.calcium, value: 11.8, unit: "mg/dL" };
    const a = assess(r);
    expect(a.diagnosis.category).toBe("multiple-myeloma");
    expect(a.alerts.some((x) => x.id === ALERT)).toBe(false);
    expect(a.missingData.map((m) => m.field)).not.toContain("conditions.anaemiaFromMyeloma");
  });
});

describe("c70-M2 control: bone disease evident though not counted", () => {
  it("a spinal cord compression recorded (MRI-only imaging): no anaemia-attribution warning", () => {
    const r = readVignette("handout-cord-compression-emergency");
    expect(assess(r).alerts.some((x) => x.id === ALERT)).toBe(false);
  });
});
