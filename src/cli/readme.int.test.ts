/** The README's commands run as written, in order, so they never drift: every ```sh block not marked
 * `<!-- readme-test: skip (reason) -->` runs in one bash shell against a real `mmnav serve` on a free
 * loopback port (SQLite). `mmnav` is on the PATH as `npm link` would put it, running the current
 * source; curl fails on an HTTP error; `$CLIENT_JWT` calls get a fresh JWT of a configured CDS client
 * each. Outputs land in a temporary folder, never in the repository. */
import { spawnSync } from "node:child_process";
import { existsSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type CdsTestClient, createCdsTestClient } from "../testing/cds-client.js";
import { type ServeProcess, startMmnavServe } from "../testing/serve.js";

const REPO = resolve(import.meta.dirname, "../..");
const SKIP = /^<!-- readme-test: skip \((.+)\) -->$/;
/** What a skipped block may hold: installing, the whole test suite, and starting the server. */
const SKIPPABLE = [/^bash scripts\/(serve|test)\.sh$/, /^npm link$/, /^mmnav (serve|migrate)\b/];

interface ShellBlock {
  line: number;
  code: string;
  skip: string | null;
}

function shellBlocks(markdown: string): ShellBlock[] {
  const lines = markdown.split("\n");
  const blocks: ShellBlock[] = [];
  for (let i = 0; i < lines.length; i++) {
    if (lines[i] !== "```sh") continue;
    const end = lines.indexOf("```", i + 1);
    const before = lines.slice(0, i).filter((l) => l.trim() !== "");
    const skip = SKIP.exec(before.at(-1) ?? "")?.[1] ?? null;
    blocks.push({ line: i + 1, code: lines.slice(i + 1, end).join("\n"), skip });
    i = end;
  }
  return blocks;
}

const commandsOf = (code: string) =>
  code
    .split("\n")
    .map((l) => l.replace(/\s+#.*$/, "").trim())
    .filter((l) => l !== "" && !l.startsWith("#"));

const blocks = shellBlocks(readFileSync(join(REPO, "README.md"), "utf8"));

let server: ServeProcess;
let client: CdsTestClient;
let work: string;

beforeAll(async () => {
  client = await createCdsTestClient();
  server = await startMmnavServe(client.env);
  work = mkdtempSync(join(tmpdir(), "mmnav-readme-"));
  symlinkSync(join(REPO, "examples"), join(work, "examples"));
  const bin = join(work, "bin");
  spawnSync("mkdir", [bin]);
  const tsx = join(REPO, "node_modules/tsx/dist/loader.mjs");
  writeFileSync(
    join(bin, "mmnav"),
    `#!/bin/sh\nexec "${process.execPath}" --import "file://${tsx}" "${join(REPO, "src/cli/main.ts")}" "$@"\n`,
    { mode: 0o755 },
  );
  const aud = `${server.url}/cds-services/myeloma-navigator-patient-view`;
  const tokens = await Promise.all(Array.from({ length: 10 }, () => client.token(aud)));
  writeFileSync(join(work, "jwts"), `${tokens.join("\n")}\n`);
  writeFileSync(join(work, "jwt-count"), "0\n");
}, 120_000);

afterAll(async () => {
  await server?.stop();
  if (work) rmSync(work, { recursive: true, force: true });
});

/** Bash prelude: curl fails on an HTTP error and signs each CDS call with the next fresh JWT. */
const PRELUDE = `
curl() {
  local a; local args=()
  for a in "$@"; do
    if [ "$a" = "authorization: Bearer $CLIENT_JWT" ]; then
      local n=$(( $(cat "$WORK/jwt-count") + 1 )); echo "$n" > "$WORK/jwt-count"
      a="authorization: Bearer $(sed -n "\${n}p" "$WORK/jwts")"
    fi
    args+=("$a")
  done
  command curl --fail-with-body -sS "\${args[@]}"
  echo
}
`;

describe("README commands", () => {
  it("has shell blocks to run, and skips only installing, the test suite and starting the server", () => {
    expect(blocks.filter((b) => b.skip === null).length).toBeGreaterThanOrEqual(2);
    for (const b of blocks.filter((x) => x.skip !== null))
      for (const cmd of commandsOf(b.code))
        expect(
          SKIPPABLE.some((re) => re.test(cmd)),
          `README line ${b.line}: "${cmd}" is skipped`,
        ).toBe(true);
  });

  it("the build puts src/cli/main.ts at the bin path package.json names, with a shebang", () => {
    const pkg = JSON.parse(readFileSync(join(REPO, "package.json"), "utf8"));
    expect(pkg.bin.mmnav).toBe("dist/cli/main.js");
    expect(readFileSync(join(REPO, "src/cli/main.ts"), "utf8").startsWith("#!/usr/bin/env node\n")).toBe(
      true,
    );
  });

  it("every other command runs as written, in order, against mmnav serve", () => {
    const script = blocks
      .filter((b) => b.skip === null)
      .map((b) => `# README.md line ${b.line}\n${b.code}`)
      .join("\n");
    const r = spawnSync("bash", ["-euo", "pipefail", "-c", `${PRELUDE}\n${script}`], {
      cwd: work,
      encoding: "utf8",
      maxBuffer: 64 * 1024 * 1024,
      timeout: 300_000,
      env: {
        ...process.env,
        PATH: `${join(work, "bin")}:${process.env.PATH}`,
        B: server.url,
        WORK: work,
        CLIENT_JWT: "client-jwt-placeholder",
        NO_COLOR: "1",
      },
    });
    expect(
      r.stderr.split("\n").filter((l) => /^curl: |^mmnav: |^\s+at |command not found|No such file/.test(l)),
      r.stderr,
    ).toEqual([]);
    expect(r.status, r.stderr).toBe(0);
    // A few results a reader would look for, so a command that printed nothing useful fails too.
    expect(r.stdout).toMatch(/Usage: mmnav/);
    expect(r.stdout).toMatch(/Decision support only/);
    expect(r.stdout).toMatch(/"version":\s*2\b/); // the PUT replaced version 1 of the patient it created
    expect(r.stdout).toMatch(/"resourceType":\s*"CapabilityStatement"/);
    expect(r.stdout).toMatch(/"stored":\s*1/);
    expect(r.stdout).toMatch(/"openapi":\s*"3\.1/);
    expect(Number(readFileSync(join(work, "jwt-count"), "utf8"))).toBe(2);
    for (const file of ["assessments.ndjson", "screened.ndjson", "knowledge.json", "patient-record-v1.json"])
      expect(existsSync(join(work, file)), file).toBe(true);
  }, 320_000);
});
