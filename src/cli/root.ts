/** The `mmnav` root command, without its subcommands: program.ts adds them all; main.ts adds `screen`
 * alone when that is the command run (see main.ts). */
import { Command } from "commander";
import { DECISION_SUPPORT_NOTICE, ENGINE_VERSION } from "../engine/version.js";

export function rootProgram(): Command {
  return (
    new Command("mmnav")
      .description(
        `myeloma-navigator: treatment options for plasma cell disorders.\n${DECISION_SUPPORT_NOTICE}`,
      )
      .version(ENGINE_VERSION)
      .showHelpAfterError("(add --help for usage)")
      // Before the commands are added, so each inherits it: usage errors reach main.ts, which exits 2.
      .exitOverride()
  );
}
