/** The `mmnav` binary as a user runs it: exit codes, stdout/stderr contracts, screen output. */
import { spawnSync } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { mmnavCommand, runMmnav } from "../testing/mmnav.js";

const mmnav = runMmnav;

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

describe("mmnav exit codes and errors (0 ok, 2 invalid input or arguments)", { timeout: 120_000 }, () => {
  it("an impossible --as-of date exits 2 with a one-line reason", () => {
    for (const date of ["2027-13-45", "2027-02-30", "27-1-1"]) {
      const r = mmnav(["assess", mm, "--as-of", date]);
      expect(r.code, date).toBe(2);
      expect(r.stderr).toMatch(/--as-of.*expected an ISO 8601 date/);
      expect(r.stdout).toBe("");
    }
  });

  it("a valid --as-of is used for a record without asOf", () => {
    const record = JSON.parse(readFileSync(mm, "utf8"));
    delete record.asOf;
    // A leap day after every date in the record (a date after asOf is refused).
    const r = mmnav(["assess", "-", "--json", "--as-of", "2028-02-29"], JSON.stringify(record));
    expect(r.code).toBe(0);
    expect(JSON.parse(r.stdout).asOf).toBe("2028-02-29");
  });

  it("a missing file, a directory and an unknown command exit 2 with one line and no stack", () => {
    const cases: [string[], RegExp][] = [
      [
        ["assess", "no/such/record.json"],
        /^mmnav: cannot read no\/such\/record\.json: no such file or directory$/,
      ],
      [["assess", "examples"], /^mmnav: cannot read examples: is a directory; expected a file/],
      [["assess", `${mm}/inside`], /^mmnav: cannot read .*inside: a part of the path is not a directory$/],
      [["frobnicate"], /unknown command 'frobnicate'/],
      [["knowledge", "show", "no.such.entry"], /no recommendation with id "no.such.entry"/],
    ];
    for (const [args, message] of cases) {
      const r = mmnav(args);
      expect(r.code, args.join(" ")).toBe(2);
      expect(r.stderr.split("\n")[0]).toMatch(message);
      expect(r.stderr).not.toMatch(/\n\s+at /);
    }
  });

  it("--json with --format text, and --audience with JSON output, are refused with exit 2", () => {
    for (const args of [
      ["assess", mm, "--json", "--format", "text"],
      ["assess", mm, "--audience", "patient", "--json"],
      ["knowledge", "show", "smm.high-risk.daratumumab-sc", "--json", "--format", "markdown"],
    ]) {
      const r = mmnav(args);
      expect(r.code, args.join(" ")).toBe(2);
      expect(r.stderr).toMatch(/contradict|--audience chooses/);
      expect(r.stdout).toBe("");
    }
  });

  it("options that agree are honoured", () => {
    expect(mmnav(["assess", mm, "--json", "--format", "json"]).code).toBe(0);
    const patientMd = mmnav(["assess", mm, "--audience", "patient", "--format", "markdown"]);
    expect(patientMd.code).toBe(0);
    expect(patientMd.stdout).toMatch(/^#/m);
  });

  it("a record with several problems lists all of them at once", () => {
    const r = mmnav(
      ["assess", "-"],
      JSON.stringify({
        asOf: "2026-01-01",
        labs: { creatinin: { value: 1, unit: "mg/dL" }, hemoglobin: { value: 120, unit: "g/dL" } },
      }),
    );
    expect(r.code).toBe(2);
    expect(JSON.parse(r.stderr).map((i: { path: string }) => i.path)).toEqual([
      "labs.creatinin",
      "labs.hemoglobin",
    ]);
  });
});

describe("mmnav knowledge", { timeout: 120_000 }, () => {
  const id = "smm.high-risk.daratumumab-sc";

  it("show renders for a terminal by default: no Markdown markup, the title underlined", () => {
    const r = mmnav(["knowledge", "show", id]);
    expect(r.code).toBe(0);
    expect(r.stdout).not.toMatch(/\*\*|`|^#/m);
    expect(r.stdout).toMatch(/^Daratumumab SC monotherapy.*\n-{10,}$/m);
    expect(r.stdout).toMatch(/^ {2}- id: smm\.high-risk\.daratumumab-sc$/m);
    expect(r.stdout).toMatch(/^ {4}- dimopoulos-2025-nejm-aquila: /m);
    expect(Math.max(...r.stdout.split("\n").map((l) => l.length))).toBeLessThanOrEqual(100);
  });

  it("show --format markdown prints Markdown, --json the entry as JSON", () => {
    const md = mmnav(["knowledge", "show", id, "--format", "markdown"]);
    expect(md.code).toBe(0);
    expect(md.stdout).toMatch(/^### Daratumumab SC/);
    expect(md.stdout).toMatch(/- \*\*id:\*\* `smm\.high-risk\.daratumumab-sc`/);
    const json = mmnav(["knowledge", "show", id, "--json"]);
    expect(JSON.parse(json.stdout).id).toBe(id);
  });

  it("list --format markdown is the committed docs/knowledge.md", () => {
    const r = mmnav(["knowledge", "list", "--format", "markdown"]);
    expect(r.code).toBe(0);
    expect(r.stdout).toBe(readFileSync("docs/knowledge.md", "utf8"));
  });
});

describe("mmnav schema arguments", { timeout: 60_000 }, () => {
  it("refuses a stray argument with exit 2", () => {
    const r = mmnav(["schema", "extra"]);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/too many arguments/);
  });
});

/** Every command that reads or writes a file the user names says what went wrong in the one wording of
 * io.ts (`cannot read|write PATH: problem`), on one line, with exit 2 and nothing on standard output. */
describe("file errors: one line, exit 2, for every command that reads or writes files", {
  timeout: 120_000,
}, () => {
  const oneLine = (args: string[], message: RegExp) => {
    const r = mmnav(args);
    expect(r.code, args.join(" ")).toBe(2);
    expect(r.stderr.trimEnd().split("\n"), args.join(" ")).toEqual([expect.stringMatching(message)]);
    expect(r.stdout).toBe("");
  };
  const withDir = (run: (dir: string) => void) => {
    const dir = mkdtempSync(join(tmpdir(), "mmnav-file-errors-"));
    try {
      run(dir);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  };

  it("assess: a missing file and a directory", () => {
    oneLine(["assess", "no/such.json"], /^mmnav: cannot read no\/such\.json: no such file or directory$/);
    oneLine(
      ["assess", "examples"],
      /^mmnav: cannot read examples: is a directory; expected a file, or - for standard input$/,
    );
  });

  it("trials match: a missing file and a directory", () => {
    oneLine(
      ["trials", "match", "no/such.json"],
      /^mmnav: cannot read no\/such\.json: no such file or directory$/,
    );
    oneLine(["trials", "match", "examples"], /^mmnav: cannot read examples: is a directory; expected a file/);
  });

  it("trials import: a missing path and a directory without study records", () => {
    oneLine(
      ["trials", "import", "no/such/studies"],
      /^mmnav: cannot read no\/such\/studies: no such file or directory$/,
    );
    withDir((dir) =>
      oneLine(["trials", "import", dir], /^mmnav: cannot read .*: a directory with no \.json study records$/),
    );
  });

  it("synth --out: a directory and a folder that does not exist", () => {
    withDir((dir) => {
      oneLine(
        ["synth", "3", "--out", dir],
        /^mmnav: cannot write .*: is a directory; expected a file, or - for standard output$/,
      );
      oneLine(
        ["synth", "3", "--out", join(dir, "no", "x.ndjson")],
        /^mmnav: cannot write .*: its directory does not exist$/,
      );
    });
  });
});

describe("mmnav output into a pipe closed early", { timeout: 60_000 }, () => {
  // `mmnav assess FILE | head` is how people look at a long summary: the reader stops after a few
  // lines and closes the pipe; mmnav must stop quietly, not print an EPIPE error with a stack trace.
  it("stops quietly with success when the reader closes the pipe", () => {
    const [node, ...rest] = [process.execPath, ...mmnavCommand()];
    const cmd = [node, ...rest, "knowledge", "--format", "json"].map((a) => `'${a}'`).join(" ");
    const dir = mkdtempSync(join(tmpdir(), "mmnav-epipe-"));
    const err = join(dir, "stderr");
    const r = spawnSync(
      "bash",
      ["-c", `set -o pipefail; ${cmd} 2>"$ERR" | head -c 100 >/dev/null; echo "$?"`],
      {
        encoding: "utf8",
        env: { ...process.env, ERR: err },
      },
    );
    const stderr = readFileSync(err, "utf8");
    rmSync(dir, { recursive: true });
    expect(stderr).toBe("");
    expect(r.stdout.trim()).toBe("0");
  });
});
