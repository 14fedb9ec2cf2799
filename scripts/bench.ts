/** `npm run bench`: throughput of the engine, as ratios against a baseline measured in the same run
 * (a JSON parse + stringify of the same records), so the numbers mean the same on any machine. */
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { screenLine } from "../src/cli/screen.js";
import { assess } from "../src/engine/assess.js";
import { normalizeRecord } from "../src/model/facts.js";

function loadExamples(): unknown[] {
  const out: unknown[] = [];
  for (const dir of ["examples/diagnosis", "examples/vignettes", "examples/response"]) {
    let files: string[] = [];
    try {
      files = readdirSync(dir).filter((f) => f.endsWith(".json") && f !== "expected.json");
    } catch {
      continue;
    }
    for (const f of files) out.push(JSON.parse(readFileSync(join(dir, f), "utf8")));
  }
  return out;
}

function timeIt(label: string, iterations: number, fn: () => void): { label: string; perOpUs: number } {
  for (let i = 0; i < Math.min(200, iterations); i++) fn(); // warm-up
  const start = process.hrtime.bigint();
  for (let i = 0; i < iterations; i++) fn();
  const ns = Number(process.hrtime.bigint() - start);
  return { label, perOpUs: ns / iterations / 1000 };
}

const records = loadExamples();
if (records.length === 0) throw new Error("no example records found under examples/");
const lines = records.map((r) => JSON.stringify(r));
const N = 3000;
let k = 0;
const next = () => records[k++ % records.length];
const nextLine = () => lines[k++ % lines.length]!;

const baseline = timeIt("baseline: JSON parse + stringify of a record", N, () => {
  JSON.stringify(JSON.parse(nextLine()));
});
const results = [
  timeIt("validate + normalise (normalizeRecord)", N, () => {
    normalizeRecord(next(), { defaultAsOf: "2026-11-27" });
  }),
  timeIt("assess(record)", N, () => {
    assess(next(), { defaultAsOf: "2026-11-27" });
  }),
  timeIt("screen one NDJSON line (parse, assess, serialise)", N, () => {
    screenLine(nextLine(), 1, { defaultAsOf: "2026-11-27" });
  }),
];

console.log(`records: ${records.length} examples, ${N} iterations each, node ${process.version}`);
console.log(`${baseline.label}: ${baseline.perOpUs.toFixed(2)} µs/op (ratio 1.0)`);
for (const r of results) {
  console.log(
    `${r.label}: ${r.perOpUs.toFixed(1)} µs/op, ${(r.perOpUs / baseline.perOpUs).toFixed(1)}x baseline, ${Math.round(1e6 / r.perOpUs)} records/s`,
  );
}
