/** Review c58: a haematologist's re-check of 0.2.73 (report /work/review58/review.md). The reviewer's probe Bundles
 * are fixtures in __fixtures__/review-c58/ ({asOf, expect, bundle}). */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { assess } from "../engine/assess.js";
import { bundleToRecord } from "./bundle-to-record.js";

const run = (name: string) => {
  const p = JSON.parse(
    readFileSync(join(import.meta.dirname, `__fixtures__/review-c58/${name}.json`), "utf8"),
  );
  const imported = bundleToRecord(p.bundle, { asOf: p.asOf });
  return { ...imported, a: assess(imported.record, { defaultAsOf: p.asOf }) };
};
const warned = (ws: { message: string }[], re: RegExp) => ws.some((w) => re.test(w.message));

describe("review c58", () => {
  it("U1: bortezomib stopped on day 15 for painful neuropathy, nothing added: not given now, the line goes on with Rd", () => {
    const { record, warnings, a } = run("f4-bortezomib-stopped-day15-nothing-added");
    const [vrd, rd] = record.treatmentHistory ?? [];
    expect(vrd).toMatchObject({ start: "2026-10-01", end: "2026-10-15", stopReason: "toxicity" });
    expect(vrd?.drugs).toContain("bortezomib");
    expect(rd).toMatchObject({ start: "2026-10-16" });
    expect(rd?.drugs).not.toContain("bortezomib");
    expect(rd?.end).toBeUndefined();
    expect(warned(warnings, /bortezomib stopped 2026-10-15 .* bortezomib is not given now/)).toBe(true);
    // One line (stopping some drugs is no new line), given now without bortezomib.
    expect(a.linesOfTherapy?.count).toBe(1);
    expect(a.phase?.code).toBe("induction");
    const now = a.options.find((o) => o.id === "pathway.continue-current-line");
    expect(now?.regimen?.drugs).toEqual(["lenalidomide", "dexamethasone"]);
    expect(a.alerts.map((x) => x.id)).not.toContain("bortezomib.hepatic");
  });

  it("M6: statusReason 'Disease progression' is the stop reason 'progression': refractory, nothing asked", () => {
    const { record, a } = run("f1-statusreason-disease-progression-then-krd");
    expect(record.treatmentHistory?.[0]?.stopReason).toBe("progression");
    expect(a.linesOfTherapy?.lines[0]?.refractory).toBe(true);
    expect(a.missingData.some((m) => /^treatmentHistory\.0\./.test(m.field))).toBe(false);
  });

  it("W4: kappa and lambda read with no light-chain type, the FLC not asked: the type is asked beside the heavy chain", () => {
    const { record, warnings, a } = run("b6c-flc-standard-codes-no-type");
    // Review c87-U3: the ratio outside 0.26-1.65 tells the involved chain (before: not used); the type is still asked.
    expect(record.labs?.involvedFreeLightChain).toMatchObject({ value: 1250, unit: "mg/L" });
    expect(warned(warnings, /light-chain type of the M-protein is not recorded.*read as the involved/)).toBe(
      true,
    );
    const fields = a.missingData.map((m) => m.field);
    expect(fields).toContain("labs.heavyChain");
    expect(fields).toContain("labs.lightChain");
  });

  // Review c59: a re-check of the above.
  it("c59-W2: an active course with a planned end after asOf is no stop: imported, the regimen given now", () => {
    const { record, a } = run("p05-vrd-v-end-in-future");
    expect(record.treatmentHistory?.length).toBe(1);
    expect(a.phase?.code).toBe("induction");
    expect(a.options.find((o) => o.id === "pathway.continue-current-line")?.regimen?.drugs).toContain(
      "bortezomib",
    );
  });

  it("c59-M1: bortezomib given as doses, the last 47 days before while daratumumab goes on: not given now", () => {
    const { a } = run("p07-admins-dvd-bortezomib-stops-after-c1");
    expect(a.linesOfTherapy?.count).toBe(1);
    const now = a.options.find((o) => o.id === "pathway.continue-current-line");
    expect(now?.regimen?.drugs).not.toContain("bortezomib");
    expect(now?.regimen?.drugs).toContain("daratumumab");
  });

  it("c59-W1: 'progression ruled out' and '?progression' are no progression said: not read as refractory", () => {
    for (const name of ["s11-progression-ruled-out", "s12-query-progression"]) {
      const { record, a } = run(name);
      expect(record.treatmentHistory?.[0]?.stopReason, name).toBe("other");
      expect(a.linesOfTherapy?.lines[0]?.refractory, name).not.toBe(true);
    }
  });
});
