/** `mmnav screen` and `mmnav synth` as a registry runs them: order kept across worker threads, compact
 * output, standard input and output, FHIR Bulk Data folders, exit codes and one-line errors. */
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { PassThrough, Readable } from "node:stream";
import { describe, expect, it } from "vitest";
import { assess } from "../engine/assess.js";
import { recordToBundle } from "../fhir/record-to-bundle.js";
import type { PatientRecord } from "../model/record.js";
import { ARCHETYPES, synthCohort } from "../synth/cohort.js";
import { runMmnav } from "../testing/mmnav.js";
import { formatSummary, screen } from "./screen.js";

const mmnav = runMmnav;

const tmp = () => mkdtempSync(join(tmpdir(), "mmnav-screen-"));
const readNdjson = (file: string) =>
  readFileSync(file, "utf8")
    .trim()
    .split("\n")
    .map((l) => JSON.parse(l));
const AS_OF = "2026-11-27";

describe("mmnav screen", { timeout: 120_000 }, () => {
  it("writes one line per input line in order, error lines for invalid ones, a summary, and exits 3", () => {
    const dir = tmp();
    const records = ["multiple-myeloma", "mgus", "smoldering-myeloma"].map((n) =>
      JSON.parse(readFileSync(`examples/diagnosis/${n}.json`, "utf8")),
    );
    const lines = [
      JSON.stringify(records[0]),
      JSON.stringify({ id: "bad-1", asOf: "2026-01-01", labs: { hemoglobin: { value: 120, unit: "g/dL" } } }),
      "this is not json",
      JSON.stringify(records[1]),
      "",
      JSON.stringify(records[2]),
    ];
    writeFileSync(join(dir, "in.ndjson"), `${lines.join("\n")}\n`);
    const r = mmnav(["screen", join(dir, "in.ndjson"), "--out", join(dir, "out.ndjson"), "--threads", "0"]);
    expect(r.code).toBe(3);
    const out = readNdjson(join(dir, "out.ndjson"));
    expect(out).toHaveLength(5);
    expect(out[0].id).toBe(records[0].id);
    expect(out[0].diagnosis.category).toBe("multiple-myeloma");
    expect(out[1]).toMatchObject({ id: "bad-1", line: 2, error: { code: "INVALID_RECORD" } });
    expect(out[1].error.issues[0].path).toBe("labs.hemoglobin");
    expect(out[2]).toMatchObject({ id: null, line: 3, error: { code: "INVALID_RECORD" } });
    expect(out[3].diagnosis.category).toBe("mgus");
    expect(out[4].diagnosis.category).toBe("smoldering-myeloma");
    expect(r.stderr).toMatch(/screened 5 records: 3 assessed, 2 with errors/);
    expect(r.stderr).toMatch(/multiple-myeloma\s*│\s*1/);
  });

  it("--compact names the tests overdue and those due now; the summary counts each kind of record once", async () => {
    const dir = tmp();
    // Vignettes with known schedules (review c60-M4): MGUS 2 years after its last tests (due, not overdue), an MGUS
    // last tested 6 months after diagnosis 15 months ago (overdue), and a newly diagnosed myeloma (neither).
    const names = ["review-c60-mgus-low-risk-2y", "review-c60-mgus-low-risk-6mo-overdue"];
    const records = [
      ...names.map((n) => JSON.parse(readFileSync(`examples/vignettes/${n}.json`, "utf8"))),
      JSON.parse(readFileSync("examples/diagnosis/multiple-myeloma.json", "utf8")),
    ];
    writeFileSync(join(dir, "in.ndjson"), records.map((r) => JSON.stringify(r)).join("\n"));
    const summary = await screen(join(dir, "in.ndjson"), join(dir, "out.ndjson"), {
      defaultAsOf: AS_OF,
      compact: true,
      threads: 0,
    });
    const out = readNdjson(join(dir, "out.ndjson"));
    for (const [i, r] of records.entries()) {
      const full = assess(r);
      expect(out[i].dueNow).toEqual(
        (full.monitoring.dueNow ?? []).map((m) => ({ test: m.test, due: m.due })),
      );
      expect(out[i].overdue).toEqual(full.monitoring.overdue.map((m) => ({ test: m.test, due: m.due })));
    }
    expect(out[0].dueNow.length).toBeGreaterThan(0);
    expect(out[0].overdue).toEqual([]);
    expect(out[1].overdue.length).toBeGreaterThan(0);
    expect(out[2].dueNow).toEqual([]);
    expect(summary).toMatchObject({ assessed: 3, withOverdue: 1, withDueNow: 1 });
    expect(formatSummary(summary)).toMatch(/1 with overdue monitoring, 1 more with tests due now/);
  });

  it("keeps input order across worker threads and batches, and --compact writes codes, not texts", async () => {
    const dir = tmp();
    const records = [...synthCohort(11, 700)];
    writeFileSync(join(dir, "in.ndjson"), records.map((r) => JSON.stringify(r)).join("\n"));
    const summary = await screen(join(dir, "in.ndjson"), join(dir, "out.ndjson"), {
      defaultAsOf: AS_OF,
      compact: true,
      threads: 2,
    });
    const out = readNdjson(join(dir, "out.ndjson"));
    expect(out.map((o) => o.id)).toEqual(records.map((r) => r.id));
    expect(summary).toMatchObject({ total: 700, assessed: 700, errors: 0, threads: 2 });
    // The compact line agrees with the full Assessment on every code it carries.
    for (const i of [0, 137, 699]) {
      const full = assess(records[i], { defaultAsOf: AS_OF });
      expect(out[i]).toMatchObject({
        category: full.diagnosis.category,
        stages: {
          iss: full.staging.iss.stage,
          riss: full.staging.riss.stage,
          r2iss: full.staging.r2iss.stage,
        },
        options: full.options.map((o) => o.id),
        alerts: full.alerts.map((a) => ({ id: a.id, severity: a.severity })),
        overdue: full.monitoring.overdue.map((m) => ({ test: m.test, due: m.due })),
        dueNow: (full.monitoring.dueNow ?? []).map((m) => ({ test: m.test, due: m.due })),
      });
      const text = JSON.stringify(out[i]);
      expect(text).not.toMatch(/"because"|"cautions"|"patientText"|"criteria"/);
      expect(text.length).toBeLessThan(JSON.stringify(full).length / 10);
    }
  });

  it("writes the same bytes from worker threads as in this thread: CRLF, non-ASCII ids, error lines, no final newline", async () => {
    const dir = tmp();
    // Over two batches of lines, so the worker path moves several output buffers back in order.
    const lines = [...synthCohort(23, 600)].map((r, i) =>
      JSON.stringify(i % 97 === 5 ? { ...r, id: `patient-é-中文-😀-${i}` } : r),
    );
    lines.splice(300, 0, "not json ü", "", JSON.stringify({ id: "bad-ö", asOf: "2026-01-01", labs: 1 }));
    writeFileSync(join(dir, "in.ndjson"), lines.join("\r\n"));
    const run = (threads: number) =>
      screen(join(dir, "in.ndjson"), join(dir, `out-${threads}.ndjson`), {
        defaultAsOf: AS_OF,
        compact: true,
        threads,
      });
    const inline = await run(0);
    const workers = await run(2);
    const bytes = (threads: number) => readFileSync(join(dir, `out-${threads}.ndjson`));
    expect(bytes(2).equals(bytes(0))).toBe(true);
    expect({ ...workers, seconds: 0, threads: 0 }).toEqual({ ...inline, seconds: 0, threads: 0 });
    const out = readNdjson(join(dir, "out-2.ndjson"));
    expect(out).toHaveLength(602);
    expect(out[5].id).toBe("patient-é-中文-😀-5");
    expect(out[300]).toMatchObject({ id: null, line: 301, error: { code: "INVALID_RECORD" } });
    expect(out[301]).toMatchObject({ id: "bad-ö", line: 303, error: { code: "INVALID_RECORD" } });
    expect(out[601].id).toBe(JSON.parse(lines[602]!).id);
    expect(workers).toMatchObject({ total: 602, errors: 2 });
  });

  it("reads standard input and writes standard output with -", async () => {
    const records = [...synthCohort(5, 40)];
    const stdout = new PassThrough();
    const chunks: Buffer[] = [];
    stdout.on("data", (c: Buffer) => chunks.push(c));
    const summary = await screen(
      "-",
      "-",
      { defaultAsOf: AS_OF, compact: true, threads: 0 },
      { stdin: Readable.from([records.map((r) => JSON.stringify(r)).join("\n")]), stdout },
    );
    const out = Buffer.concat(chunks)
      .toString("utf8")
      .trim()
      .split("\n")
      .map((l) => JSON.parse(l));
    expect(summary.total).toBe(40);
    expect(out.map((o) => o.id)).toEqual(records.map((r) => r.id));
  });

  it("groups a FHIR Bulk Data export folder by patient and assesses each as $assess would", async () => {
    const dir = tmp();
    const bulk = join(dir, "export");
    mkdirSync(bulk);
    const names = [
      "multiple-myeloma",
      "mgus",
      "smoldering-myeloma",
      "al-amyloidosis",
      "solitary-plasmacytoma-bone",
    ];
    const records = names.map(
      (n) => JSON.parse(readFileSync(`examples/diagnosis/${n}.json`, "utf8")) as PatientRecord,
    );
    // One NDJSON file per resource type, resources of all patients interleaved, as a server exports them.
    const byType = new Map<string, string[]>();
    records.forEach((record, i) => {
      const bundle = recordToBundle({ ...record, id: `p${i}` }) as {
        entry: { fullUrl: string; resource: { resourceType: string } }[];
      };
      // A bulk export references the patient as Patient/{id}, not by the bundle's urn:uuid.
      const patientUrl = bundle.entry.find((e) => e.resource.resourceType === "Patient")?.fullUrl ?? "";
      for (const e of bundle.entry) {
        const list = byType.get(e.resource.resourceType) ?? [];
        list.push(JSON.stringify(e.resource).replaceAll(patientUrl, `Patient/p${i}`));
        byType.set(e.resource.resourceType, list);
      }
    });
    for (const [type, lines] of byType) writeFileSync(join(bulk, `${type}.ndjson`), `${lines.join("\n")}\n`);
    writeFileSync(
      join(bulk, "Organization.ndjson"),
      `${JSON.stringify({ resourceType: "Organization", id: "o1" })}\n`,
    );
    expect(readdirSync(bulk).length).toBeGreaterThan(2);

    const summary = await screen(bulk, join(dir, "out.ndjson"), {
      defaultAsOf: AS_OF,
      compact: true,
      threads: 0,
    });
    expect(summary.bulk).toMatchObject({ patients: 5, skipped: 1 });
    const got = readNdjson(join(dir, "out.ndjson"))
      .map((o) => o.category)
      .sort();
    const expected = records.map((r) => assess(r, { defaultAsOf: AS_OF }).diagnosis.category).sort();
    expect(got).toEqual(expected);
  });

  it("turns a missing file and a folder without NDJSON into one-line errors with exit 2", () => {
    const missing = mmnav(["screen", "no/such/cohort.ndjson", "--out", "-"]);
    expect(missing.code).toBe(2);
    expect(missing.stderr.trim()).toBe("mmnav: cannot read no/such/cohort.ndjson: no such file or directory");
    const empty = mmnav(["screen", tmp(), "--out", "-"]);
    expect(empty.code).toBe(2);
    expect(empty.stderr).toMatch(/^mmnav: cannot read .*: a directory with no FHIR Bulk Data NDJSON files/);
    expect(empty.stderr.split("\n").filter(Boolean)).toHaveLength(1);
  });

  it("turns an --out that is a directory, or in a missing folder, into one line with exit 2", () => {
    const dir = tmp();
    const cohort = join(dir, "in.ndjson");
    writeFileSync(
      cohort,
      `${readFileSync("examples/diagnosis/mgus.json", "utf8").replace(/\s*\n\s*/g, " ")}\n`,
    );
    for (const [out, problem] of [
      [dir, /is a directory; expected a file, or - for standard output$/],
      [join(dir, "no", "out.ndjson"), /its directory does not exist$/],
    ] as const) {
      const r = mmnav(["screen", cohort, "--out", out, "--threads", "0"]);
      expect(r.code, out).toBe(2);
      expect(r.stderr.trimEnd().split("\n")).toEqual([
        expect.stringMatching(new RegExp(`^mmnav: cannot write ${out}: `)),
      ]);
      expect(r.stderr.trimEnd()).toMatch(problem);
    }
  });
});

describe("mmnav synth", { timeout: 60_000 }, () => {
  it("is deterministic: the same seed gives the same cohort, another seed another", () => {
    const a = mmnav(["synth", "50", "--seed", "3"]);
    const b = mmnav(["synth", "50", "--seed", "3"]);
    const c = mmnav(["synth", "50", "--seed", "4"]);
    expect(a.code).toBe(0);
    expect(a.stdout.trim().split("\n")).toHaveLength(50);
    expect(a.stdout).toBe(b.stdout);
    expect(c.stdout).not.toBe(a.stdout);
  });

  it("makes valid records with a realistic mix of categories, phases, missing values and unit systems", () => {
    const records = [...synthCohort(1, 1500)];
    const categories = new Set<string>();
    const units = new Set<string>();
    let treated = 0;
    let withGaps = 0;
    for (const r of records) {
      categories.add(assess(r, { defaultAsOf: AS_OF }).diagnosis.category); // throws on an invalid record
      const crea = r.labs?.creatinine;
      if (crea && typeof crea === "object") units.add(crea.unit);
      if ((r.treatmentHistory?.length ?? 0) > 0) treated++;
      if (r.labs && !("calcium" in r.labs)) withGaps++;
    }
    expect(Object.values(ARCHETYPES).reduce((s, n) => s + n, 0)).toBe(100);
    for (const c of ["mgus", "smoldering-myeloma", "multiple-myeloma", "al-amyloidosis", "indeterminate"])
      expect(categories).toContain(c);
    expect([...units].sort()).toEqual(["mg/dL", "umol/L"]);
    expect(treated / records.length).toBeGreaterThan(0.2);
    expect(withGaps).toBeGreaterThan(0);
  });

  it("refuses a count that is not a whole number with exit 2", () => {
    const r = mmnav(["synth", "many"]);
    expect(r.code).not.toBe(0);
    expect(r.stderr).toMatch(/expected a whole number/);
  });
});
