/** Review c68-m4 (report /work/review68/review.md, records r160, r161): a transplant entry recorded without an `end`
 * was read as still being given ("week 57 of line 1", the line "to ongoing", "continue the line being given", and the
 * handout's "You have had a stem cell transplant and are getting over it" 8 months on). An autologous stem cell
 * transplant (high-dose melphalan, then the stem cells given back: treatments.md 3c) is given on its day, as a CAR-T
 * infusion is (treatments.md 5b): with no `end`, its `start` is that day, everywhere the engine reads an end (phase,
 * lines of therapy, criteria-and-scores.md 9.1; options and their timing; the handout). An entry with an `end` keeps
 * it. r161 (no end) now reads as r160 (the same with `end`) does. EN and ES. */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { bundleToRecord } from "../fhir/bundle-to-record.js";
import { recordToBundle } from "../fhir/record-to-bundle.js";
import { renderClinicianSummary } from "../render/clinician.js";
import { renderHandout } from "../render/handout.js";
import { renderPatientSummary } from "../render/patient.js";
import { EN } from "../render/words/en.js";
import { ES } from "../render/words/es.js";
import type { HandoutWords } from "../render/words/types.js";
import { assess } from "./assess.js";

// biome-ignore lint/suspicious/noExplicitAny: a vignette edited in place
type Rec = any;
type A = ReturnType<typeof assess>;
const read = (name: string): Rec =>
  JSON.parse(readFileSync(join(import.meta.dirname, `../../examples/vignettes/${name}.json`), "utf8"));
const flat = (s: string) => s.replace(/\s+/g, " ");
const page = (a: A, w: HandoutWords = EN) => flat(renderHandout(a, "text", w));
const full = (a: A, w: HandoutWords = EN) => flat(renderPatientSummary(a, "text", w));
const strengths = (a: A) => a.options.map((o) => `${o.id}:${o.strength}`);
/** The assessment as JSON without the record's id (the one thing r160 and r161 differ in besides the `end`). */
const body = (a: A) => JSON.stringify({ ...a, id: null });

/** r161: D-VRd 2025-11-01 to 2026-03-01, then "Mel200 ASCT" (`asct`, transplant phase) on 2026-04-01 with no `end`;
 * nothing since; asOf 2026-12-01. */
const NO_END = "review-c68-asct-no-end-8-months";
const noEnd = (): Rec => read(NO_END);
/** r160: the same transplant with its `end` recorded, on its day. */
const withEnd = (): Rec => {
  const r = read(NO_END);
  r.treatmentHistory[1].end = r.treatmentHistory[1].start;
  return r;
};

describe("c68-m4: a transplant entry with no `end`, 8 months ago, nothing since (r161 reads as r160)", () => {
  const a = assess(noEnd());
  const b = assess(withEnd());

  it("phase: after the transplant, off therapy, the line ended on the transplant's day (criteria-and-scores.md 9.1)", () => {
    expect(a.phase.code).toBe("post-transplant");
    expect(a.phase.currentLine).toBeNull();
    expect(a.phase.currentRegimen).toBeNull();
    expect(a.phase.priorLines).toBe(1);
    expect(a.phase.reason).toBe(
      "After the transplant in line 1 (D-VRd, Mel200 ASCT, from 2025-11-01) ended 2026-04-01; no progression recorded.",
    );
    expect(a.phase).toEqual(b.phase);
  });

  it("lines of therapy: one line, D-VRd + the transplant, ended 2026-04-01, off therapy now", () => {
    expect(a.linesOfTherapy.lines.map((l) => [l.regimens.join("+"), l.end])).toEqual([
      ["D-VRd+Mel200 ASCT", "2026-04-01"],
    ]);
    expect(a.linesOfTherapy).toEqual(b.linesOfTherapy);
    expect(flat(renderClinicianSummary(a, "text"))).toContain(
      "Line 1: D-VRd + Mel200 ASCT, 2025-11-01 to 2026-04-01, with ASCT",
    );
  });

  it("options: no 'continue the line being given'; consolidation and maintenance timed from the transplant as r160", () => {
    expect(strengths(a)).not.toContain("pathway.continue-current-line:standard");
    expect(strengths(a)).toEqual(strengths(b));
    expect(strengths(a)).toEqual(
      expect.arrayContaining([
        "ndmm.te.consolidation.d-vrd:consider",
        "maint.lenalidomide:standard",
        "maint.dara-lenalidomide:consider",
      ]),
    );
    expect(a.plan).toEqual(b.plan);
    expect(a.alerts).toEqual(b.alerts);
    expect(a.missingData).toEqual(b.missingData);
  });

  it("the whole assessment is r160's (only the record's id differs)", () => {
    expect(body(a)).toBe(body(b));
  });

  it("handout and patient summary: the transplant as past, not 'getting over it' (EN, ES)", () => {
    for (const w of [EN, ES]) {
      expect(page(a, w)).toContain(w.postTransplantLongAgo(6));
      expect(page(a, w)).not.toContain(w.phase["post-transplant"].now);
      expect(full(a, w)).toContain(w.postTransplantLongAgo(6));
      expect(full(a, w)).not.toContain(w.phase["post-transplant"].now);
    }
    expect(page(a)).toContain("You had a stem cell transplant at least 6 months ago.");
    expect(page(a, ES)).toContain("Le hicieron un trasplante de células madre hace al menos 6 meses.");
    expect(page(a)).not.toContain("keep going with your current treatment");
    expect(page(a, ES)).not.toContain("seguir con su tratamiento actual");
  });
});

describe("c68-m4 controls: what must not move", () => {
  /** The transplant 3 weeks before asOf (D-VRd 2026-06-01 to 2026-10-01, ASCT 2026-11-10), `end` not recorded. */
  const recent = (end: string | null): Rec => {
    const r = noEnd();
    Object.assign(r.treatmentHistory[0], { start: "2026-06-01", end: "2026-10-01" });
    r.treatmentHistory[1].start = "2026-11-10";
    if (end !== null) r.treatmentHistory[1].end = end;
    return r;
  };

  it("a transplant 3 weeks ago with no end: after the transplant, 'getting over it' stays (EN, ES), as with its end", () => {
    const a = assess(recent(null));
    expect(a.phase.code).toBe("post-transplant");
    expect(a.linesOfTherapy.lines.at(-1)?.end).toBe("2026-11-10");
    for (const w of [EN, ES]) {
      expect(page(a, w)).toContain(w.phase["post-transplant"].now);
      expect(page(a, w)).not.toContain(w.postTransplantLongAgo(6));
    }
    expect(body(a)).toBe(body(assess(recent("2026-11-10"))));
  });

  it("an `end` recorded is kept: a transplant entry ended after its start keeps its recorded end", () => {
    const a = assess(recent("2026-11-12"));
    expect(a.linesOfTherapy.lines.at(-1)?.end).toBe("2026-11-12");
  });

  it("an entry flagged `asct` in another phase (induction) with no end is not read as ended on its start", () => {
    const r = noEnd();
    r.treatmentHistory = [
      {
        regimen: "VRd",
        drugs: ["bortezomib", "lenalidomide", "dexamethasone"],
        start: "2026-10-01",
        asct: true,
        phase: "induction",
      },
    ];
    const a = assess(r);
    expect(a.linesOfTherapy.lines.at(-1)?.end).toBeNull();
    expect(a.phase.currentLine).toBe(1);
  });

  it("an entry flagged `asct` with no phase that also names induction drugs is not read as ended on its start", () => {
    const r = noEnd();
    r.treatmentHistory = [
      {
        regimen: "VRd then ASCT",
        drugs: ["bortezomib", "lenalidomide", "dexamethasone", "melphalan"],
        start: "2026-10-01",
        asct: true,
      },
    ];
    const a = assess(r);
    expect(a.linesOfTherapy.lines.at(-1)?.end).toBeNull();
    expect(a.phase.currentLine).toBe(1);
  });

  it("a CAR-T entry with no end is read as before: its infusion day not recorded, its line open", () => {
    const a = assess(read("review-c29-r-cart-c-start-only-no-end"));
    expect(a.phase.reason).toBe(
      "A one-time CAR-T infusion (ciltacabtagene autoleucel, Cilta-cel), its entry begun on 2026-08-01: the infusion day is not recorded (the entry lists lymphodepletion drugs and has no end); then follow-up (response and long-term monitoring), not a regimen to continue; no progression recorded: line 2; 1 prior line.",
    );
    expect(a.linesOfTherapy.lines.map((l) => [l.regimens.join("+"), l.end])).toEqual([
      ["D-VRd+ASCT+Lenalidomide maintenance", "2026-04-01"],
      ["Cilta-cel", null],
    ]);
  });
});

describe("re-check c71-M2: melphalan alone in the transplant phase with no asct flag and no end", () => {
  const r71 = (): Rec =>
    JSON.parse(
      readFileSync(
        join(
          import.meta.dirname,
          "../../examples/vignettes/review-c71-m2-asct-phase-transplant-no-flag-no-end.json",
        ),
        "utf8",
      ),
    );
  it("the flag is asked (not guessed) with a warning naming the entry", () => {
    const a = assess(r71());
    const alert = a.alerts.find((x) => x.id === "treatment.melphalan-asct-flag-not-recorded");
    expect(alert?.severity).toBe("warning");
    expect(alert?.text).toContain("Mel200 ASCT (from 2026-04-01): melphalan alone with no `asct` flag");
    expect(a.missingData.map((m) => m.field)).toContain("treatmentHistory.1.asct");
  });
  it("re-check c72-m1: `asct: false` recorded (an oral melphalan course, say): not asked again, from JSON or FHIR", () => {
    const r = r71();
    r.treatmentHistory[1].asct = false;
    for (const a of [assess(r), assess(bundleToRecord(recordToBundle(r)).record)]) {
      expect(a.alerts.some((x) => x.id === "treatment.melphalan-asct-flag-not-recorded")).toBe(false);
      expect(a.missingData.map((m) => m.field)).not.toContain("treatmentHistory.1.asct");
    }
  });
  it("control: flagged `asct: true`, nothing asked", () => {
    const r = r71();
    r.treatmentHistory[1].asct = true;
    const a = assess(r);
    expect(a.alerts.some((x) => x.id === "treatment.melphalan-asct-flag-not-recorded")).toBe(false);
    expect(a.missingData.map((m) => m.field)).not.toContain("treatmentHistory.1.asct");
  });
});
