/** The shipped study records (examples/trials, written from public registry entries) imported through
 * the real `mmnav trials import` into a SQLite store, then matched against the example patients with
 * the expected results, including studies that must not match and why. */
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { assess } from "../engine/assess.js";
import type { PatientRecord } from "../model/record.js";
import { openStore } from "../store/open.js";
import type { Store } from "../store/store.js";
import { runMmnav } from "../testing/mmnav.js";
import { buildTrialsAnswer, type TrialsAnswer } from "../trials/answer.js";

const mmnav = (args: string[]) => runMmnav(args, undefined, { DATABASE_URL: "" });

const MAJESTEC_3 = "NCT05083169";
const CARTITUDE_6 = "NCT05257083";
const LINKER_MM3 = "NCT05730036";
const MAGNETISMM_7 = "NCT05317416";
const SWOG_AL = "NCT06022939";
const ITHACA = "NCT04270409";

describe("mmnav trials", { timeout: 120_000 }, () => {
  let dataDir: string;
  let store: Store;
  const answerFor = async (file: string): Promise<TrialsAnswer> => {
    const record = JSON.parse(readFileSync(file, "utf8")) as PatientRecord;
    const assessment = assess(record, { defaultAsOf: "2026-12-01" });
    return buildTrialsAnswer(await store.listTrials(), record, assessment, await store.latestTrialImport());
  };

  beforeAll(() => {
    dataDir = mkdtempSync(join(tmpdir(), "mmnav-trials-"));
  });
  afterAll(async () => {
    await store?.close();
    rmSync(dataDir, { recursive: true, force: true });
  });

  it("imports the shipped records: keeps the recruiting ones and says why it skipped the others", () => {
    const r = mmnav(["trials", "import", "examples/trials", "--data-dir", dataDir, "--json"]);
    expect(r.stderr).toBe("");
    expect(r.code).toBe(0);
    const s = JSON.parse(r.stdout);
    expect(s).toMatchObject({ read: 6, kept: 5, inserted: 5, updated: 0, unchanged: 0, removed: 0 });
    // The only dated record is LINKER-MM3's (last update posted 2024-04-30): the default export date.
    expect(s.exportedDate).toBe("2024-04-30");
    expect(s.skipped).toEqual([
      { nctId: ITHACA, reason: "not-recruiting", detail: "overall status ACTIVE_NOT_RECRUITING" },
    ]);
  });

  it("is idempotent: the same records again leave one row per study, and record the given export date", async () => {
    const r = mmnav([
      "trials",
      "import",
      "examples/trials",
      "--exported",
      "2026-11-30",
      "--data-dir",
      dataDir,
    ]);
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/Kept 5 recruiting plasma-cell-disorder studies: 0 new, 0 updated, 5 unchanged/);
    expect(r.stdout).toMatch(/NCT04270409 not-recruiting: overall status ACTIVE_NOT_RECRUITING/);
    store = await openStore({ dataDir });
    expect((await store.listTrials()).map((t) => t.nctId)).toEqual([
      MAJESTEC_3,
      CARTITUDE_6,
      MAGNETISMM_7,
      LINKER_MM3,
      SWOG_AL,
    ]);
    expect((await store.latestTrialImport())?.exportedDate).toBe("2026-11-30");
    await store.close();
  });

  it("updates a study only for a newer record, and removes it when a newer record stops recruiting", async () => {
    const record = JSON.parse(readFileSync("examples/trials/NCT05730036-linker-mm3.json", "utf8"));
    const dir = mkdtempSync(join(tmpdir(), "mmnav-trials-upd-"));
    try {
      record.protocolSection.statusModule.lastUpdatePostDateStruct.date = "2024-01-01";
      writeFileSync(join(dir, "older.json"), JSON.stringify(record));
      expect(mmnav(["trials", "import", dir, "--data-dir", dataDir, "--json"]).stdout).toMatch(
        /"unchanged": 1/,
      );
      record.protocolSection.statusModule.lastUpdatePostDateStruct.date = "2025-06-01";
      writeFileSync(join(dir, "older.json"), JSON.stringify(record));
      expect(
        JSON.parse(mmnav(["trials", "import", dir, "--data-dir", dataDir, "--json"]).stdout),
      ).toMatchObject({
        updated: 1,
      });
      record.protocolSection.statusModule.overallStatus = "ACTIVE_NOT_RECRUITING";
      record.protocolSection.statusModule.lastUpdatePostDateStruct.date = "2025-09-01";
      writeFileSync(join(dir, "older.json"), JSON.stringify(record));
      expect(
        JSON.parse(mmnav(["trials", "import", dir, "--data-dir", dataDir, "--json"]).stdout),
      ).toMatchObject({
        removed: 1,
      });
      // Back to the shipped state for the matching tests below.
      expect(mmnav(["trials", "import", "examples/trials", "--data-dir", dataDir]).code).toBe(0);
      store = await openStore({ dataDir });
      expect((await store.listTrials()).map((t) => t.nctId)).toContain(LINKER_MM3);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it("refuses a bad record, naming the file, the study and the field", () => {
    const dir = mkdtempSync(join(tmpdir(), "mmnav-trials-bad-"));
    try {
      const record = JSON.parse(readFileSync("examples/trials/NCT05083169-majestec-3.json", "utf8"));
      record.protocolSection.eligibilityModule.sex = "BOTH";
      const file = join(dir, "bad.json");
      writeFileSync(file, JSON.stringify({ studies: [record] }));
      const r = mmnav(["trials", "import", file, "--data-dir", dataDir]);
      expect(r.code).toBe(2);
      expect(JSON.parse(r.stderr)).toEqual([
        {
          path: `${file} NCT05083169: protocolSection.eligibilityModule.sex`,
          message: "expected ALL, FEMALE or MALE",
        },
      ]);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  // Golden cases: the example patients against the shipped studies (see examples/trials/README.md).
  const cases: [string, string[]][] = [
    ["examples/vignettes/ndmm-transplant-eligible.json", [CARTITUDE_6]],
    ["examples/vignettes/ndmm-transplant-ineligible-frail.json", []],
    ["examples/vignettes/post-asct-maintenance.json", [MAGNETISMM_7]],
    ["examples/vignettes/relapse-lenalidomide-refractory.json", [MAJESTEC_3, LINKER_MM3]],
    ["examples/vignettes/relapse-lenalidomide-sensitive.json", [MAJESTEC_3, LINKER_MM3]],
    ["examples/vignettes/rrmm-after-bcma.json", [LINKER_MM3]],
    ["examples/vignettes/rrmm-triple-class-four-lines.json", [LINKER_MM3]],
    ["examples/vignettes/al-amyloidosis-transplant-gates-met.json", [SWOG_AL]],
    ["examples/vignettes/smm-high-risk.json", []],
    ["examples/vignettes/mgus-low-risk.json", []],
    ["examples/diagnosis/multiple-myeloma.json", [CARTITUDE_6]],
  ];
  it.each(cases)("%s: the studies that fit", async (file, expected) => {
    const a = await answerFor(file);
    expect(a.matching.map((m) => m.nctId)).toEqual(expected);
    expect(a.matching.length + a.notMatching.length).toBe(5);
    for (const m of [...a.matching, ...a.notMatching])
      expect(m.url).toBe(`https://clinicaltrials.gov/study/${m.nctId}`);
  });

  it("a BCMA-naive-only study does not fit after BCMA therapy, with the reasons and the lines read", async () => {
    const a = await answerFor("examples/vignettes/rrmm-after-bcma.json");
    const m = a.notMatching.find((x) => x.nctId === MAJESTEC_3)!;
    expect(m.contradicts.map((f) => [f.criterion, f.patientValue, f.studyValue])).toEqual([
      ["prior-lines", 5, "1-3"],
      ["no-prior-bcma", true, "no prior BCMA-directed therapy"],
    ]);
    expect(m.contradicts[1]?.line).toBe(
      "Received any prior B cell maturation antigen (BCMA)-directed therapy",
    );
    expect(a.clinicalTrialOptions.map((o) => o.id)).toEqual(["rr.clinical-trial"]);
  });

  it("a relapsed-disease study does not fit a newly diagnosed patient; the transplant-eligible one does", async () => {
    const a = await answerFor("examples/vignettes/ndmm-transplant-eligible.json");
    const linker = a.notMatching.find((x) => x.nctId === LINKER_MM3)!;
    expect(linker.contradicts).toEqual([
      {
        criterion: "disease-state",
        result: "contradicts",
        patientValue: "newly-diagnosed",
        studyValue: "relapsed-refractory",
        from: "titles-and-conditions",
      },
    ]);
    const c6 = a.matching.find((x) => x.nctId === CARTITUDE_6)!;
    expect(c6.fits.map((f) => f.criterion).sort()).toEqual(
      ["age-min", "condition", "disease-state", "no-prior-myeloma-therapy", "transplant"].sort(),
    );
    expect(c6.unreadLines.map((l) => l.text)).toContain(
      "High-dose therapy and ASCT are part of the intended initial treatment plan",
    );
  });

  it("shows a conditional criterion as written instead of guessing it", async () => {
    const a = await answerFor("examples/vignettes/relapse-lenalidomide-sensitive.json");
    const m = a.matching.find((x) => x.nctId === MAJESTEC_3)!;
    expect(m.unreadLines).toContainEqual({
      section: "inclusion",
      text: "Participants who have received only 1 line of prior antimyeloma therapy must be lenalidomide refractory",
    });
    expect(m.fits.find((f) => f.criterion === "prior-lines")).toMatchObject({
      patientValue: 1,
      studyValue: "1-3",
    });
  });

  it("mmnav trials match lists the studies under the clinical-trial option, with links", () => {
    const r = mmnav(["trials", "match", "examples/vignettes/rrmm-after-bcma.json", "--data-dir", dataDir]);
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/^Clinical trial option: .*\(rr\.clinical-trial\)/);
    expect(r.stdout).toMatch(/Studies that fit the checked criteria \(1\):\n- NCT05730036 LINKER-MM3/);
    expect(r.stdout).toContain("https://clinicaltrials.gov/study/NCT05730036");
    expect(r.stdout).toMatch(/does not fit: no-prior-bcma: patient true/);
  });
});
