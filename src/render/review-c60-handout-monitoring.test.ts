/** Review c60 (monitoring words): c60-M4, the handout said "overdue" in English and "ya le tocan" (due now) in Spanish
 * at the short end of the interval range; c60-W1, "Your tests are overdue. The last results in your records are from
 * 1 September 2025" with the M-protein measured in November 2026. EN and ES, one-page and full summary. */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { assess } from "../engine/assess.js";
import { renderHandout } from "./handout.js";
import { renderPatientSummary } from "./patient.js";
import { EN } from "./words/en.js";
import { ES } from "./words/es.js";
import type { HandoutWords } from "./words/types.js";

// biome-ignore lint/suspicious/noExplicitAny: a vignette edited in place
type Rec = any;
const read = (name: string): Rec =>
  JSON.parse(
    readFileSync(join(import.meta.dirname, `../../examples/vignettes/review-c60-${name}.json`), "utf8"),
  );
const flat = (s: string) => s.replace(/\s+/g, " ");
const page = (r: Rec, w: HandoutWords = EN) => flat(renderHandout(assess(r), "text", w));
const full = (r: Rec, w: HandoutWords = EN) => flat(renderPatientSummary(assess(r), "text", w));

describe("c60-M4: due is due, overdue is overdue, in English and Spanish", () => {
  it("SMM with labs 7 months old: due now in both languages, never overdue", () => {
    const r = read("smm-labs-7mo-old");
    const en = page(r);
    expect(en).toContain(
      "Blood protein test and light chain blood test are due now. They have been due since 4 November 2026.",
    );
    expect(en).not.toMatch(/overdue/i);
    const es = page(r, ES);
    expect(es).toContain(
      "Ya le tocan estas pruebas: análisis de proteínas en la sangre y análisis de cadenas ligeras en la sangre. Le tocan desde el 4 de noviembre de 2026.",
    );
    expect(es).not.toMatch(/atrasad/i);
    expect(full(r)).toContain("This test is due now. It has been due since 4 November 2026.");
    expect(full(r)).not.toMatch(/overdue/i);
    expect(full(r, ES)).toContain("Ya le toca esta prueba. Le toca desde el 4 de noviembre de 2026.");
    expect(full(r, ES)).not.toMatch(/atrasad/i);
  });

  it("low-risk MGUS after 2 years: due now, EN and ES", () => {
    const r = read("mgus-low-risk-2y");
    expect(page(r)).toContain("Blood protein test is due now. It has been due since 10 June 2026.");
    expect(page(r)).not.toMatch(/overdue/i);
    expect(page(r, ES)).toContain(
      "Ya le toca esta prueba: análisis de proteínas en la sangre. Le toca desde el 10 de junio de 2026.",
    );
  });

  it("overdue is overdue in Spanish too (atrasada), not 'ya le toca'", () => {
    const r = read("mgus-low-risk-6mo-overdue");
    expect(page(r)).toContain("Blood protein test is overdue. It was due on 2 September 2026.");
    expect(page(r, ES)).toContain(
      "Esta prueba está atrasada: análisis de proteínas en la sangre. Debía hacerse el 2 de septiembre de 2026.",
    );
    expect(page(r, ES)).not.toContain("Ya le toca esta prueba");
    const many = read("smm-new-3p5mo");
    expect(page(many)).toContain("are overdue.");
    expect(page(many, ES)).toContain("Estas pruebas están atrasadas: ");
  });
});

describe("c60-W1: the handout names only the stale test and its date", () => {
  for (const name of ["cr-reappearance-small", "cr-single-rise"]) {
    it(`${name}: the light chain test, not every test`, () => {
      const r = read(name);
      const en = page(r);
      expect(en).toContain(
        "Your light chain blood test was last done on 1 September 2025. Please ask your care team about repeating this test.",
      );
      expect(en).not.toContain("Your tests are overdue.");
      expect(en).not.toContain("The last results in your records are from");
      const es = page(r, ES);
      expect(es).toContain(
        "Esta prueba se hizo por última vez el 1 de septiembre de 2025: análisis de cadenas ligeras en la sangre. Pregunte a su equipo médico si hay que repetir esta prueba.",
      );
      expect(es).not.toContain("Sus pruebas están atrasadas.");
      expect(es).not.toContain("Los últimos resultados en su historia clínica son del");
    });
  }

  it("control: every response test stale keeps the whole-record sentence, EN and ES", () => {
    const r = read("cr-reappearance-small");
    r.series.serumMProtein = r.series.serumMProtein.filter((p: { date: string }) => p.date < "2025-10-01");
    r.series.serumImmunofixation = r.series.serumImmunofixation.filter(
      (p: { date: string }) => p.date < "2025-10-01",
    );
    expect(page(r)).toContain(
      "Your tests are overdue. The last results in your records are from 1 September 2025.",
    );
    expect(page(r, ES)).toContain(
      "Sus pruebas están atrasadas. Los últimos resultados en su historia clínica son del 1 de septiembre de 2025.",
    );
  });
});
