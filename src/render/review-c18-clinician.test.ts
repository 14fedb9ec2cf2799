/** Review c18 (stop 25), the clinician summary's headline and plan ahead:
 * - M3: AL with rising cardiac markers and heart failure (review-c14-al-cardiac-progression): "Next step:
 *   Autologous stem cell transplant" while the transplant card says "Not a first choice".
 * - M5: pending products (iberdomide-Dd, anito-cel) named in the plan ahead beside approved regimens with no
 *   mark, where BPd gets "(EU only)" (treatments.md 10: pending items shown as pending, never as approved).
 * - M8: an untreated solitary plasmacytoma's "Next step" was the follow-up monitoring, not its definitive
 *   radiotherapy (treatments.md 1); during the radiotherapy it was "discuss the options".
 * - N5: a spinal cord compression's headline named three induction regimens as its top options; the
 *   radiotherapy and surgery the critical alert asks for were further down (treatments.md 8b). */
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { assess } from "../engine/assess.js";
import type { Assessment } from "../engine/assessment.js";
import { renderClinicianSummary, topOptions } from "./clinician.js";

const vignette = (name: string): Assessment =>
  assess(JSON.parse(readFileSync(new URL(`../../examples/vignettes/${name}.json`, import.meta.url), "utf8")));
const flat = (s: string) => s.replace(/\s+/g, " ");
const nextStep = (a: Assessment): string => {
  const text = flat(renderClinicianSummary(a, "text"));
  const at = text.indexOf("Next step: ");
  // The headline ends where the plan ahead (myeloma, AL) or the diagnosis section begins.
  const ends = [" Plan ahead -", " Diagnosis -"].map((h) => text.indexOf(h, at)).filter((i) => i > 0);
  return text.slice(at + "Next step: ".length, Math.min(...ends));
};

describe("c18 M3: a next step the safety review held back says so", () => {
  it("AL transplant with heart failure: the next step is not offered as a first choice", () => {
    const a = vignette("review-c14-al-cardiac-progression");
    expect(a.options.find((o) => o.id === "al.asct")?.strength).toBe("consider");
    expect(nextStep(a)).toContain("Autologous stem cell transplant, if the gates are met (transplant)");
    expect(nextStep(a)).toContain("not a first choice here: see the option's cautions");
  });

  it("control: a next step with an option not held back reads as before", () => {
    const a = vignette("pathway-te-dvrd-week-3");
    expect(nextStep(a)).not.toContain("not a first choice");
  });
});

describe("c18 M5: the plan ahead marks a pending product as pending", () => {
  it("iberdomide-Dd and anito-cel carry '(pending, not approved)'; approved regimens carry no mark", () => {
    const relapse = flat(renderClinicianSummary(vignette("safety-after-bcma-car-t"), "text"));
    expect(relapse).toContain("Iber-Dd (pending, not approved)");
    expect(relapse).toContain("BPd (EU only)");
    const late = flat(renderClinicianSummary(vignette("handout-penta-refractory-anito-cel-pending"), "text"));
    expect(late).toContain("anito-cel (pending, not approved)");
    expect(late).not.toContain("cilta-cel (pending");
  });
});

describe("c18 M8: a solitary plasmacytoma's next step is its radiotherapy", () => {
  it("untreated: the definitive radiotherapy, not the follow-up tests", () => {
    const a = vignette("sp-bone");
    expect(a.phase.code).toBe("untreated");
    expect(nextStep(a)).toBe(
      "Definitive involved-site radiotherapy (solitary bone plasmacytoma) (see the options)",
    );
  });

  it("during the radiotherapy: finishing it, then the follow-up; after it: the follow-up monitoring", () => {
    expect(nextStep(vignette("review-c17-plasmacytoma-radiotherapy-week-3"))).toBe(
      "finish the definitive radiotherapy; follow-up every 3-6 months after it ends (NCCN)",
    );
    expect(nextStep(vignette("sp-bone-after-radiotherapy"))).toMatch(
      /^next monitoring due \d{4}-\d{2}-\d{2}$/,
    );
  });
});

describe("c18 N5: the options answering a critical alert head the top options", () => {
  it("cord compression: palliative radiotherapy and surgery first; without the alert the order is the plan's", () => {
    const a = vignette("handout-cord-compression-emergency");
    expect(a.alerts.map((x) => x.id)).toContain("alert.spinal-cord-compression");
    const top = topOptions(a).map((o) => o.id);
    expect(top.slice(0, 2).sort()).toEqual(["sc.bone.palliative-radiotherapy", "sc.bone.surgery"]);
    const control = topOptions(vignette("ndmm-transplant-eligible")).map((o) => o.kind);
    expect(control[0]).toBe("systemic-therapy");
  });
});
