/** `mmnav audit verify` and `mmnav audit replay` as an operator runs them, on a SQLite file: an
 * intact trail passes, a row edited with raw SQL is named, replay matches, differs or refuses. */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import BetterSqlite3 from "better-sqlite3";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { asKnownOn } from "../model/as-known-on.js";
import type { PatientRecord } from "../model/record.js";
import { assessAsOf } from "../server/assess-stored.js";
import { SQLITE_FILE_NAME } from "../store/open.js";
import type { StoredAssessment } from "../store/store.js";
import { summarizeAssessment } from "../store/summary.js";
import { availableBackends, type TestDatabase } from "../store/testing/backends.js";
import { runMmnav } from "../testing/mmnav.js";

const mmnav = (args: string[]) => runMmnav(args, undefined, { DATABASE_URL: "" });

const record = JSON.parse(readFileSync("examples/diagnosis/multiple-myeloma.json", "utf8")) as PatientRecord;

/** A fixed "today" after every date in the example record. */
const TODAY = "2026-12-02";

describe("mmnav audit", { timeout: 120_000 }, () => {
  let db: TestDatabase;
  let dataDir: string;
  let real: StoredAssessment;
  let forged: StoredAssessment;
  let old: StoredAssessment;

  beforeAll(async () => {
    db = await availableBackends()[0]!.create();
    dataDir = (db.config as { dataDir: string }).dataDir;
    const { series: _s, treatmentHistory: _t, ...document } = record;
    const p = await db.store.createPatient("default", { document, observations: [], treatments: [] });
    // Read as known on 2026-11-01 (the record has later dates; "today" is after them all).
    real = await db.store.assessPatient("default", p.id, assessAsOf("2026-11-01", TODAY));
    // A row whose output is not what the engine gives for its input (saved through the store, so the
    // chain is intact: only replay can tell).
    const wrong = {
      ...real.assessment,
      diagnosis: { ...real.assessment.diagnosis, category: "mgus" as const },
    };
    forged = await db.store.saveAssessment("default", {
      patientId: p.id,
      asOf: "2026-11-02",
      knowledgeVersion: real.knowledgeVersion,
      engineVersion: real.engineVersion,
      input: asKnownOn({ ...document, asOf: "2026-11-02" }, "2026-11-02", TODAY),
      assessment: wrong,
      summary: summarizeAssessment(wrong),
      recordDate: null,
    });
    old = await db.store.saveAssessment("default", {
      patientId: p.id,
      asOf: "2026-11-03",
      knowledgeVersion: "kb-0.0.1",
      engineVersion: "0.0.1",
      input: asKnownOn({ ...document, asOf: "2026-11-03" }, "2026-11-03", TODAY),
      assessment: real.assessment,
      summary: summarizeAssessment(real.assessment),
      recordDate: null,
    });
    await db.store.close();
  });
  afterAll(async () => db?.dispose());

  it("replay recomputes a saved assessment and shows that it matches", () => {
    const r = mmnav(["audit", "replay", String(real.id), "--data-dir", dataDir]);
    expect(r.stdout).toMatch(/MATCH/);
    expect(r.code).toBe(0);
  });

  it("replay shows where a saved assessment differs from the recomputed one", () => {
    const r = mmnav(["audit", "replay", String(forged.id), "--data-dir", dataDir]);
    expect(r.stdout).toMatch(/DIFFERS/);
    expect(r.stdout).toMatch(/\$\.diagnosis\.category/);
    expect(r.code).toBe(1);
  });

  it("replay refuses, naming both versions, when the stored versions are not the running ones", () => {
    const r = mmnav(["audit", "replay", String(old.id), "--data-dir", dataDir]);
    expect(r.stderr).toMatch(/refused: .*engine 0\.0\.1 with knowledge kb-0\.0\.1/);
    expect(r.code).toBe(3);
  });

  it("verify passes an intact trail, then names the row edited behind the server's back", () => {
    const ok = mmnav(["audit", "verify", "--data-dir", dataDir]);
    expect(ok.stdout).toMatch(/3 saved assessment\(s\) of 1 patient\(s\)/);
    expect(ok.stdout).toMatch(/every chain is intact/);
    expect(ok.code).toBe(0);

    const raw = new BetterSqlite3(join(dataDir, SQLITE_FILE_NAME));
    raw.exec("DROP TRIGGER assessments_no_update");
    const input = JSON.parse(
      (raw.prepare("SELECT input FROM assessments WHERE id = ?").get(real.id) as { input: string }).input,
    );
    input.labs.creatinine = { value: 0.9, unit: "mg/dL" };
    raw.prepare("UPDATE assessments SET input = ? WHERE id = ?").run(JSON.stringify(input), real.id);
    raw.close();

    const broken = mmnav(["audit", "verify", "--data-dir", dataDir]);
    expect(broken.stdout).toContain(
      `BREAK patient ${real.patientId}, assessment ${real.id} (chain position 1): input-changed`,
    );
    expect(broken.code).toBe(1);
  });
});
