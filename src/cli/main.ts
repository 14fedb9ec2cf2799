#!/usr/bin/env node
/** Entry point of the `mmnav` binary: runs the command tree and turns every error into an exit code
 * (see EXIT in io.ts) and one line on standard error, never a stack trace. */
import { CommanderError } from "commander";
import { EXIT, InputError } from "./io.js";

/** `screen` gets a program with that one command: its main thread only reads, hands batches to worker
 * threads and writes, so it leaves the engine and the other commands' modules unloaded (~40 MB and
 * ~0.5 s of start-up, and a smaller heap to collect while it runs). */
async function buildFor(argv: readonly string[]) {
  if (argv[2] === "screen") return (await import("./screen.js")).screenProgram();
  return (await import("./program.js")).buildProgram();
}

// A reader that stops early (`mmnav knowledge | head`) closes the pipe: stop quietly with success, as
// Unix tools do, instead of an unhandled EPIPE error and its stack trace.
process.stdout.on("error", (e: NodeJS.ErrnoException) => {
  if (e.code === "EPIPE") process.exit(EXIT.OK);
  throw e;
});

buildFor(process.argv)
  .then((program) => program.parseAsync(process.argv))
  .catch((e: unknown) => {
    if (e instanceof CommanderError) {
      // Commander has already printed its message (usage errors) or the help/version text.
      process.exitCode = e.exitCode === 0 ? EXIT.OK : EXIT.INVALID;
      return;
    }
    process.stderr.write(`mmnav: ${(e as Error).message}\n`);
    process.exitCode = e instanceof InputError ? EXIT.INVALID : EXIT.FAILURE;
  });
