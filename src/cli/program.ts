/** The `mmnav` command tree (built here, run by main.ts; tests build it without exiting). */
import { Command } from "commander";
import { DECISION_SUPPORT_NOTICE, ENGINE_VERSION } from "../engine/version.js";
import { registerAssessCommand } from "./assess.js";
import { registerAuditCommands } from "./audit.js";
import { registerKnowledgeCommands } from "./knowledge.js";
import { registerSchemaCommand } from "./schema.js";
import { registerScreenCommand } from "./screen.js";
import { registerServeCommands } from "./serve.js";
import { registerSynthCommand } from "./synth.js";
import { registerTrialsCommands } from "./trials.js";

export function buildProgram(): Command {
  const program = new Command("mmnav")
    .description(
      `myeloma-navigator: treatment options for plasma cell disorders.\n${DECISION_SUPPORT_NOTICE}`,
    )
    .version(ENGINE_VERSION)
    .showHelpAfterError("(add --help for usage)")
    // Before the commands are added, so each inherits it: usage errors reach main.ts, which exits 2.
    .exitOverride();
  registerAssessCommand(program);
  registerScreenCommand(program);
  registerSchemaCommand(program);
  registerKnowledgeCommands(program);
  registerServeCommands(program);
  registerAuditCommands(program);
  registerSynthCommand(program);
  registerTrialsCommands(program);
  return program;
}
