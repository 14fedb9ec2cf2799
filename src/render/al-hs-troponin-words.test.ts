/** The AL transplant held because its troponin T is a high-sensitivity one (review c53-W3: the gate, a conventional-assay
 * cut-off, is not read from it): the patient's summary said "Your heart blood tests pass the checks used to choose who
 * can have it" (left by the c76-M1 fix, which worded the gates not recorded). It now says the usual test is still
 * needed, and the option waits for a heart test (EN, ES). */
import { describe, expect, it } from "vitest";
import { assess } from "../engine/assess.js";
import { readVignette } from "../testing/example-records.js";
import { renderPatientSummary } from "./patient.js";
import { EN } from "./words/en.js";
import { ES } from "./words/es.js";

const HS = "review-c53-w3-al-hs-troponin-45-ng-l";

describe("AL transplant with a high-sensitivity troponin: not 'your heart blood tests pass the checks'", () => {
  for (const w of [EN, ES])
    it(w === EN ? "EN" : "ES", () => {
      const a = assess(readVignette(HS));
      expect(a.options.find((o) => o.id === "al.asct")?.strength).toBe("consider");
      const text = renderPatientSummary(a, "text", w).replace(/\s+/g, " ");
      expect(text).toContain(w.alAsctTroponinNotRead);
      expect(text.toLowerCase()).toContain(w.marks.afterHeartTest.toLowerCase());
      expect(text).not.toContain(w === EN ? "pass the checks" : "pasan los controles");
    });
});
