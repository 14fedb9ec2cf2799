/** Emergencies in the patient texts: spinal cord compression and hyperviscosity (an emergency and urgent
 * plasmapheresis: treatments.md 8b, 8c) are named plainly with a call for urgent care now; hypercalcaemia
 * is named and keeps "today", as other critical results (a slow lab rise) do.
 * Radiation listed for a cord compression says so. Vignettes from the c7 specialist review. */
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { assess } from "../engine/assess.js";
import type { Assessment } from "../engine/assessment.js";
import { buildHandout, handoutLines } from "./handout.js";
import { renderPatientSummary } from "./patient.js";
import { EN } from "./words/en.js";
import { ES } from "./words/es.js";
import type { HandoutWords } from "./words/types.js";

const vignette = (name: string): Assessment =>
  assess(JSON.parse(readFileSync(new URL(`../../examples/vignettes/${name}.json`, import.meta.url), "utf8")));
const text = (a: Assessment, w: HandoutWords) => handoutLines(buildHandout(a, w)).join(" ");
const flat = (s: string) => s.replace(/\s+/g, " ");

// review-c7-15: new myeloma with hyperviscosity and spinal cord compression.
const cord = vignette("handout-cord-compression-emergency");
// review-c7-17: biochemical relapse from VGPR (a confirmed serum M-protein rise), no symptoms.
const labRise = vignette("handout-biochemical-relapse-from-vgpr");
const calcium = vignette("handout-hypercalcaemia-kidney-critical");

describe("handout: emergency alerts get their own words", () => {
  it("the engine raises the alerts as critical", () => {
    const ids = (a: Assessment) => a.alerts.filter((al) => al.severity === "critical").map((al) => al.id);
    expect(ids(cord)).toEqual(
      expect.arrayContaining(["alert.spinal-cord-compression", "alert.hyperviscosity"]),
    );
    expect(ids(calcium)).toContain("alert.hypercalcemia");
    expect(ids(labRise)).toEqual(["response.progression"]);
  });

  it("cord compression and thick blood are named, with urgent care now, not 'today' (English)", () => {
    const t = text(cord, EN);
    expect(t).toContain("spinal cord compression");
    expect(t).toContain("blood that is too thick (hyperviscosity)");
    expect(t).toContain("This needs urgent care now.");
    expect(t).toContain("emergency department");
    expect(t).not.toContain(EN.urgent);
  });

  it("the same in Spanish", () => {
    const t = text(cord, ES);
    expect(t).toContain("compresión de la médula espinal");
    expect(t).toContain("sangre está demasiado espesa");
    expect(t).toContain("Necesita atención urgente ahora");
    expect(t).toContain("urgencias");
    expect(t).not.toContain(ES.urgent);
  });

  it("a high calcium is named, and keeps the call today (no urgency grade in the reference)", () => {
    const t = text(calcium, EN);
    expect(t).toContain("too much calcium in your blood");
    expect(t).toContain(EN.urgent);
    expect(t).not.toContain("urgent care now");
    expect(text(calcium, ES)).toContain("demasiado calcio en la sangre");
    expect(flat(renderPatientSummary(calcium, "text", EN))).toContain("too much calcium in your blood");
  });

  it("a slow lab rise keeps 'contact your care team today', with no emergency words", () => {
    for (const [w, now] of [
      [EN, "urgent care now"],
      [ES, "atención urgente ahora"],
    ] as const) {
      const t = text(labRise, w);
      expect(t).toContain(w.urgent);
      expect(t).not.toContain(now);
    }
  });

  it("radiation listed for the cord compression says so, in both languages", () => {
    expect(cord.options.map((o) => o.id)).toContain("sc.bone.palliative-radiotherapy");
    expect(text(cord, EN)).toContain("Radiation to relieve pressure on the spinal cord");
    expect(text(cord, ES)).toContain("Radioterapia para aliviar la presión sobre la médula espinal");
  });

  it("the care that answers an emergency comes first in its list, so a full page never drops it", () => {
    const listOf = (id: string, w: HandoutWords) => {
      const part = buildHandout(cord, w)
        .sections.find((s) => s.id === id)
        ?.parts.find((p) => p.kind === "list");
      return part?.kind === "list" ? part.items : [];
    };
    // Plasmapheresis for the thick blood (treatments.md 8c); radiation, then surgery, for the cord.
    expect(listOf("support", EN)[0]).toBe("A treatment that filters the blood *");
    expect(listOf("support", ES)[0]).toBe("Un tratamiento que filtra la sangre *");
    expect(listOf("options", EN).slice(0, 2)).toEqual([
      "Radiation to relieve pressure on the spinal cord *",
      "An operation to relieve pressure on the spinal cord or make the spine stable",
    ]);
  });

  it("the full summary names the emergency too", () => {
    const full = flat(renderPatientSummary(cord, "text", EN));
    expect(full).toContain("spinal cord compression");
    expect(full).toContain("This needs urgent care now.");
    expect(full).not.toContain(EN.urgent);
    expect(flat(renderPatientSummary(labRise, "text", EN))).toContain(EN.urgent);
  });
});
