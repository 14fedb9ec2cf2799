/** `mmnav assess --audience patient --lang en|es`: the patient texts in English (default) or Spanish. */
import { describe, expect, it } from "vitest";
import { countWords, HANDOUT_MAX_WORDS } from "../render/handout.js";
import { runMmnav } from "../testing/mmnav.js";

const ndmm = "examples/vignettes/ndmm-transplant-eligible.json";

describe("mmnav assess --lang", { timeout: 60_000 }, () => {
  it("--lang es prints the handout in Spanish, with the options named in Spanish", () => {
    const r = runMmnav(["assess", ndmm, "--audience", "patient", "--lang", "es"]);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain("Qué pasa ahora");
    expect(r.stdout).toContain("Tratamiento con 4 medicamentos, entre ellos daratumumab (D-VRd)");
    expect(r.stdout).toContain("Solo es una ayuda para decidir");
    expect(r.stdout).not.toContain("What happens next");
    expect(countWords(r.stdout)).toBeLessThanOrEqual(HANDOUT_MAX_WORDS);
  });

  it("--lang es --detail full prints the full summary in Spanish; English stays the default", () => {
    const es = runMmnav(["assess", ndmm, "--audience", "patient", "--detail", "full", "--lang", "es"]);
    expect(es.code).toBe(0);
    expect(es.stdout).toContain("Preguntas para su equipo médico");
    expect(es.stdout).toContain("lenalidomida");
    const en = runMmnav(["assess", ndmm, "--audience", "patient", "--detail", "full"]);
    expect(en.stdout).toContain("Questions to ask your care team");
  });

  it("rejects a language it has no words for, naming the option", () => {
    const r = runMmnav(["assess", ndmm, "--audience", "patient", "--lang", "fr"]);
    expect(r.code).not.toBe(0);
    expect(r.stderr).toMatch(/--lang/);
  });
});
