/** D-Rd given after D-VRd to a patient not going to transplant is CEPHEUS's continuation (treatments.md 4, D-VRd row:
 * "Dara SC + VRd x 8 cycles -> D-Rd until progression", Usmani Nat Med 2025, usmani-2025-nat-med), not MAIA's DRd
 * (treatments.md 4, DRd row: DRd from the start, facon-2019-nejm-maia). The phase text, the plan's step now and its
 * sources named MAIA for both; DRd as the first line itself stays MAIA. */
import { describe, expect, it } from "vitest";
import { renderClinicianSummary } from "../render/clinician.js";
import { assessAllWaysAgree } from "../testing/agreement.js";
import { readVignette, withDrdFirstLine } from "../testing/example-records.js";
import type { Assessment } from "./assessment.js";

const flat = (s: string) => s.replace(/\s+/g, " ");
const DVRD_THEN_DRD = "cepheus-dvrd-then-d-rd-ongoing";
const now = (a: Assessment) => a.plan?.find((s) => s.status === "current");

describe("D-VRd x 8 then D-Rd, not going to transplant: CEPHEUS, not MAIA", () => {
  const a = assessAllWaysAgree(readVignette(DVRD_THEN_DRD));
  it("the phase is continuous first-line therapy named after CEPHEUS (D-Rd after D-VRd), never MAIA", () => {
    expect(a.phase.code).toBe("induction");
    expect(a.phase.currentRegimen).toBe("D-Rd");
    expect(a.phase.reason).toContain("CEPHEUS");
    expect(a.phase.reason).toContain("D-Rd after D-VRd");
    expect(a.phase.reason).not.toContain("MAIA");
  });
  it("the plan's step now names CEPHEUS's continuation, cites usmani-2025-nat-med, and not MAIA", () => {
    const step = now(a);
    expect(step?.code).toBe("continuous-drd");
    expect(step?.title).toContain("CEPHEUS");
    expect(step?.title).not.toContain("MAIA");
    expect(step?.citations).toEqual(["usmani-2025-nat-med"]);
    expect(step?.verified).toBe(true);
  });
  it("the clinician summary says CEPHEUS, and MAIA nowhere in the phase or the plan", () => {
    const text = flat(renderClinicianSummary(a, "text"));
    expect(text).toContain("CEPHEUS");
    const plan = text.slice(text.indexOf("Plan ahead"), text.indexOf("Diagnosis"));
    expect(plan).not.toContain("MAIA");
    expect(plan).toContain("Usmani, Nat Med 2025");
  });
});

describe("control: DRd as the first line itself stays MAIA", () => {
  // biome-ignore lint/suspicious/noExplicitAny: a vignette changed freely by the test
  const r: any = withDrdFirstLine(DVRD_THEN_DRD);
  const a = assessAllWaysAgree(r);
  it("phase and step name MAIA and cite facon-2019-nejm-maia", () => {
    expect(a.phase.currentRegimen).toBe("DRd");
    expect(a.phase.reason).toContain("MAIA");
    expect(a.phase.reason).not.toContain("CEPHEUS");
    expect(now(a)?.title).toContain("(MAIA)");
    expect(now(a)?.citations).toEqual(["facon-2019-nejm-maia"]);
  });
});
