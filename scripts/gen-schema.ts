/** Regenerates schema/patient-record-v1.json from the zod schema: `npx tsx scripts/gen-schema.ts`. */
import { writeFileSync } from "node:fs";
import { patientRecordJsonSchema } from "../src/model/record.js";

writeFileSync("schema/patient-record-v1.json", `${JSON.stringify(patientRecordJsonSchema(), null, 2)}\n`);
console.log("wrote schema/patient-record-v1.json");
