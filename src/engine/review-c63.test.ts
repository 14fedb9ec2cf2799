/** Review c63 and the leftovers of reviews c60-c62 (reports /work/review60-63/review.md): each case read the wrong
 * thing on engine 0.2.74. */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { assess } from "./assess.js";

// biome-ignore lint/suspicious/noExplicitAny: a vignette read as it is
type Rec = any;
const vignette = (name: string): Rec =>
  JSON.parse(readFileSync(join(import.meta.dirname, `../../examples/vignettes/${name}.json`), "utf8"));
const option = (a: ReturnType<typeof assess>, id: string) => a.options.find((o) => o.id === id);

describe("c60 leftover: BVd at a lenalidomide-refractory first relapse (treatments.md 5d)", () => {
  it("is not a first choice there, and says the matrix lists it for lenalidomide-sensitive disease", () => {
    const a = assess(vignette("review-c10-first-relapse-len-refractory"));
    expect(a.phase.priorLines).toBe(1);
    const bvd = option(a, "rr.bvd");
    expect(bvd?.strength).toBe("consider");
    expect(bvd?.cautions.join(" ")).toMatch(/lenalidomide-refractory first relapse .* do not include it/);
    // The regimens the matrix does list there keep their strength.
    expect(option(a, "rr.dkd")?.strength).toBe("standard");
    expect(option(a, "rr.xvd")?.strength).toBe("standard");
  });

  it("control: at a lenalidomide-sensitive first relapse BVd stays standard", () => {
    const a = assess(vignette("relapse-lenalidomide-sensitive"));
    expect(option(a, "rr.bvd")?.strength).toBe("standard");
  });
});
