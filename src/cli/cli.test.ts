/** The `mmnav` binary as a user runs it: exit codes, stdout/stderr contracts, screen output. */
import { spawnSync } from "node:child_process";
import { readFileSync } from "node:fs";
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

describe("mmnav schema", { timeout: 60_000 }, () => {
  it("prints the JSON Schema of PatientRecord v1", () => {
    const r = mmnav(["schema"]);
    expect(r.code).toBe(0);
    const s = JSON.parse(r.stdout);
    expect(s.title).toBe("PatientRecord v1");
    expect(s.properties.labs).toBeDefined();
  });
});
