/** The `mmnav` command tree (built here, run by main.ts; tests build it without exiting). */
import { Command } from "commander";
import { DECISION_SUPPORT_NOTICE, ENGINE_VERSION } from "../engine/version.js";
import { registerAssessCommand } from "./assess.js";
import { registerAuditCommands } from "./audit.js";
import { registerKnowledgeCommands } from "./knowledge.js";
import { registerSchemaCommand } from "./schema.js";
import { registerScreenCommand } from "./screen.js";
import { registerServeCommands } from "./serve.js";
import { registerTrialsCommands } from "./trials.js";

export function buildProgram(): Command {
  const program = new Command("mmnav")
    .description(
      `myeloma-navigator: treatment options for plasma cell disorders.\n${DECISION_SUPPORT_NOTICE}`,
    )
    .version(ENGINE_VERSION)
    .showHelpAfterError();
  registerAssessCommand(program);
  registerScreenCommand(program);
  registerSchemaCommand(program);
  registerKnowledgeCommands(program);
  registerServeCommands(program);
  registerAuditCommands(program);
  registerTrialsCommands(program);
  return program;
}
