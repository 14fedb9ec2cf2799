#!/usr/bin/env node
/** Entry point of the `mmnav` binary: runs the command tree and turns every error into an exit code
 * (see EXIT in io.ts) and one line on standard error, never a stack trace. */
import { CommanderError } from "commander";
import { EXIT, InputError } from "./io.js";
import { buildProgram } from "./program.js";

buildProgram()
  .parseAsync(process.argv)
  .catch((e: unknown) => {
    if (e instanceof CommanderError) {
      // Commander has already printed its message (usage errors) or the help/version text.
      process.exitCode = e.exitCode === 0 ? EXIT.OK : EXIT.INVALID;
      return;
    }
    process.stderr.write(`mmnav: ${(e as Error).message}\n`);
    process.exitCode = e instanceof InputError ? EXIT.INVALID : EXIT.FAILURE;
  });
