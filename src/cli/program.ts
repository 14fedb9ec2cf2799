/** The `mmnav` command tree (built here, run by main.ts; tests build it without exiting). */
import type { Command } from "commander";
import { registerAssessCommand } from "./assess.js";
import { registerAuditCommands } from "./audit.js";
import { registerKnowledgeCommands } from "./knowledge.js";
import { rootProgram } from "./root.js";
import { registerSchemaCommand } from "./schema.js";
import { registerScreenCommand } from "./screen.js";
import { registerServeCommands } from "./serve.js";
import { registerSynthCommand } from "./synth.js";
import { registerTrialsCommands } from "./trials.js";

export function buildProgram(): Command {
  const program = rootProgram();
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
