/** The `mmnav` binary as a user runs it: exit codes, stdout/stderr contracts, screen output. */
import { spawnSync } from "node:child_process";
import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";

function mmnav(args: string[], input?: string) {
  const r = spawnSync(process.execPath, ["--import", "tsx", "src/cli/main.ts", ...args], {
    input,
    encoding: "utf8",
    env: { ...process.env, NO_COLOR: "1" },
  });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

const mm = "examples/diagnosis/multiple-myeloma.json";

describe("mmnav assess", { timeout: 60_000 }, () => {
  it("--json prints an Assessment with the versions and the category", () => {
    const r = mmnav(["assess", mm, "--json"]);
    expect(r.code).toBe(0);
    const a = JSON.parse(r.stdout);
    expect(a.schemaVersion).toBe("1");
    expect(a.engineVersion).toMatch(/^\d+\.\d+\.\d+/);
    expect(a.knowledgeVersion).not.toBe("");
    expect(a.diagnosis.category).toBe("multiple-myeloma");
    expect(a.id).toBe(JSON.parse(readFileSync(mm, "utf8")).id);
  });

  it("reads standard input with -", () => {
    const r = mmnav(["assess", "-", "--json"], readFileSync(mm, "utf8"));
    expect(r.code).toBe(0);
    expect(JSON.parse(r.stdout).diagnosis.category).toBe("multiple-myeloma");
  });

  it("prints a clinician summary with the decision-support notice by default", () => {
    const r = mmnav(["assess", mm]);
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/Decision support only/);
    expect(r.stdout).toMatch(/Multiple myeloma/);
  });

  it("prints a plain-language summary for --audience patient", () => {
    const r = mmnav(["assess", mm, "--audience", "patient"]);
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/Decision support only|not medical advice/i);
  });

  it("invalid input exits 2 with the JSON list of {path, message} on stderr", () => {
    const r = mmnav(
      ["assess", "-"],
      JSON.stringify({ asOf: "2026-01-01", labs: { creatinin: { value: 1, unit: "mg/dL" } } }),
    );
    expect(r.code).toBe(2);
    expect(r.stdout).toBe("");
    const issues = JSON.parse(r.stderr);
    expect(issues).toEqual([
      { path: "labs.creatinin", message: expect.stringMatching(/did you mean "creatinine"/) },
    ]);
  });

  it("a unit slip exits 2 and names the field and the likely unit", () => {
    const r = mmnav(
      ["assess", "-"],
      JSON.stringify({ asOf: "2026-01-01", labs: { creatinine: { value: 150, unit: "mg/dL" } } }),
    );
    expect(r.code).toBe(2);
    expect(JSON.parse(r.stderr)[0]).toMatchObject({
      path: "labs.creatinine",
      message: expect.stringMatching(/umol\/L/),
    });
  });

  it("broken JSON exits 2 with an error list", () => {
    const r = mmnav(["assess", "-"], "{ not json");
    expect(r.code).toBe(2);
    expect(JSON.parse(r.stderr)[0].message).toMatch(/not valid JSON/);
  });
});

describe("mmnav screen", { timeout: 60_000 }, () => {
  it("writes one line per input line in order, error lines for invalid ones, and a summary", () => {
    const dir = mkdtempSync(join(tmpdir(), "mmnav-screen-"));
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
    const r = mmnav(["screen", join(dir, "in.ndjson"), "--out", join(dir, "out.ndjson")]);
    expect(r.code).toBe(0);
    const out = readFileSync(join(dir, "out.ndjson"), "utf8")
      .trim()
      .split("\n")
      .map((l) => JSON.parse(l));
    expect(out).toHaveLength(5);
    expect(out[0].id).toBe(records[0].id);
    expect(out[0].diagnosis.category).toBe("multiple-myeloma");
    expect(out[1]).toMatchObject({ id: "bad-1", line: 2, error: { code: "INVALID_RECORD" } });
    expect(out[1].error.issues[0].path).toBe("labs.hemoglobin");
    expect(out[2]).toMatchObject({ id: null, line: 3, error: { code: "INVALID_RECORD" } });
    expect(out[3].diagnosis.category).toBe("mgus");
    expect(out[4].diagnosis.category).toBe("smoldering-myeloma");
    expect(r.stderr).toMatch(/screened 5 records: 3 assessed, 2 with errors/);
    expect(r.stderr).toMatch(/multiple-myeloma\s+1/);
  });
});

describe("mmnav schema", { timeout: 60_000 }, () => {
  it("prints the JSON Schema of PatientRecord v1", () => {
    const r = mmnav(["schema"]);
    expect(r.code).toBe(0);
    const s = JSON.parse(r.stdout);
    expect(s.title).toBe("PatientRecord v1");
    expect(s.properties.labs).toBeDefined();
  });
});
