#!/usr/bin/env node
/** Entry point of the `mmnav` binary. */
import { buildProgram } from "./program.js";

buildProgram()
  .parseAsync(process.argv)
  .catch((e: unknown) => {
    process.stderr.write(`mmnav: ${(e as Error).message}\n`);
    process.exitCode = 1;
  });
