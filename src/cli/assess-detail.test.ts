/** `mmnav assess --audience patient [--detail short|full]`: the one-page handout by default, the full
 * plain-language summary one flag away. */
import { describe, expect, it } from "vitest";
import { countWords, HANDOUT_MAX_WORDS } from "../render/handout.js";
import { runMmnav } from "../testing/mmnav.js";

const mmnav = runMmnav;

const ndmm = "examples/vignettes/ndmm-transplant-eligible.json";

describe("mmnav assess --audience patient --detail", { timeout: 60_000 }, () => {
  it("prints the one-page handout by default: <= 600 words, options named by their drugs", () => {
    const r = mmnav(["assess", ndmm, "--audience", "patient"]);
    expect(r.code).toBe(0);
    expect(countWords(r.stdout)).toBeLessThanOrEqual(HANDOUT_MAX_WORDS);
    expect(r.stdout).toContain("What happens next");
    expect(r.stdout).toContain("4-drug treatment with daratumumab (D-VRd)");
    expect(r.stdout).not.toContain("Medicine treatment");
  });

  it("--detail full prints the full patient summary, which is longer", () => {
    const short = mmnav(["assess", ndmm, "--audience", "patient"]);
    const full = mmnav(["assess", ndmm, "--audience", "patient", "--detail", "full"]);
    expect(full.code).toBe(0);
    expect(full.stdout).toContain("Questions to ask your care team");
    expect(countWords(full.stdout)).toBeGreaterThan(countWords(short.stdout));
  });

  it("rejects an unknown level", () => {
    const r = mmnav(["assess", ndmm, "--audience", "patient", "--detail", "long"]);
    expect(r.code).not.toBe(0);
    expect(r.stderr).toMatch(/--detail/);
  });

  it("an empty record: the handout names no likely cancer", () => {
    const r = mmnav(["assess", "-", "--audience", "patient"], JSON.stringify({ asOf: "2026-11-26" }));
    expect(r.code).toBe(0);
    expect(r.stdout).not.toMatch(/cancer|myeloma/i);
  });
});
