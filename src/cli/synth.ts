/** `mmnav synth N --seed S`: a deterministic synthetic cohort as NDJSON PatientRecords (made-up people
 * with a registry-like mix of categories, phases, missing values and unit systems). */
import { once } from "node:events";
import type { Writable } from "node:stream";
import { type Command, InvalidArgumentError } from "commander";
import { wholeNumber } from "../server/whole-number.js";
import { synthCohort } from "../synth/cohort.js";
import { openOutput } from "./io.js";

function wholeNumberArg(max: number) {
  return (value: string): number => {
    const n = wholeNumber(value, 0, max);
    if (n === undefined) throw new InvalidArgumentError(`expected a whole number from 0 to ${max}`);
    return n;
  };
}

/** Writes `count` records of the cohort made from `seed` to `out`, respecting back-pressure. */
export async function writeSynth(out: Writable, count: number, seed: number): Promise<void> {
  let chunk = "";
  for (const record of synthCohort(seed, count)) {
    chunk += `${JSON.stringify(record)}\n`;
    if (chunk.length > 1 << 16) {
      if (!out.write(chunk)) await once(out, "drain");
      chunk = "";
    }
  }
  if (chunk) out.write(chunk);
}

export function registerSynthCommand(program: Command): void {
  program
    .command("synth")
    .description("Write a deterministic synthetic cohort (NDJSON PatientRecords) for tests and benchmarks")
    .argument("<count>", "how many records", wholeNumberArg(100_000_000))
    .option(
      "--seed <n>",
      "the seed: the same seed always gives the same cohort",
      wholeNumberArg(2 ** 31 - 1),
      1,
    )
    .option("--out <file>", "where to write (default: standard output)", "-")
    .action(async (count: number, opts: { seed: number; out: string }) => {
      const out = opts.out === "-" ? process.stdout : await openOutput(opts.out);
      await writeSynth(out, count, opts.seed);
      if (out !== process.stdout) {
        out.end();
        await once(out, "finish");
      }
    });
}
