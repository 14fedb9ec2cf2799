/** `mmnav schema`: prints the published JSON Schema of PatientRecord v1. */
import type { Command } from "commander";
import { patientRecordJsonSchema } from "../model/record.js";

export function registerSchemaCommand(program: Command): void {
  program
    .command("schema")
    .description("Print the JSON Schema of PatientRecord v1")
    .action(() => {
      process.stdout.write(`${JSON.stringify(patientRecordJsonSchema(), null, 2)}\n`);
    });
}
