/** Regenerates src/model/record-validator.generated.ts, the yes/no check of a whole PatientRecord
 * that lets normalizeRecord skip zod on a valid record: `npm run gen:validator`.
 *
 * The code comes from Ajv's standalone generator, run here at development time, so the app needs
 * neither ajv nor `new Function` at run time (the web app runs under a CSP). Its input is the JSON
 * Schema of the zod schema, with the options that make Ajv judge as zod does:
 * - `unicode: false`: string lengths in UTF-16 code units, so the code needs no Ajv runtime helper.
 *   zod counts code points; for `.min(1)` the two agree, and for the id's `.max(200)` the fast check
 *   is stricter (an id of 201-400 units with emoji goes on to zod, which decides): never looser;
 * - `unicodeRegExp: false`: the patterns compiled without the `u` flag, as zod compiles them;
 * - `strictNumbers: true`: NaN and ±Infinity are not numbers (zod v4 refuses them too).
 * `format` is dropped: zod's date check is the `pattern` it also writes (a calendar-exact regex),
 * which the generated code then tests by hand (isIsoDate, src/model/iso-date.ts: the same yes or no).
 * The objects with the most optional properties (the labs and the series) are walked key by key when
 * they are plain data, Ajv's code deciding for anything else (withKeyDispatch).
 * What a JSON Schema cannot say (the `.refine` of a treatment's dates) is checked by hand in
 * src/model/record-validator.ts; src/model/record-validator.test.ts keeps the two in step. */
import { writeFileSync } from "node:fs";
import { pathToFileURL } from "node:url";
import Ajv from "ajv/dist/ajv.js";
import standaloneCode from "ajv/dist/standalone/index.js";
import { z } from "zod";
import { isoDate, PatientRecord } from "../src/model/record.js";

export const GENERATED_VALIDATOR_PATH = "src/model/record-validator.generated.ts";

type Json = null | boolean | number | string | Json[] | { [key: string]: Json };
type JsonObject = { [key: string]: Json };

const isObject = (v: Json): v is JsonObject => v !== null && typeof v === "object" && !Array.isArray(v);

/** Words and annotations that do not change what is valid. */
const ANNOTATIONS = new Set(["description", "title", "format", "$schema"]);

function withoutAnnotations(v: Json): Json {
  if (Array.isArray(v)) return v.map(withoutAnnotations);
  if (!isObject(v)) return v;
  const out: JsonObject = {};
  for (const [k, x] of Object.entries(v)) if (!ANNOTATIONS.has(k)) out[k] = withoutAnnotations(x);
  return out;
}

/** The subschemas of `v` (not `v` itself), each once per place it appears. */
function* subschemas(v: Json): Generator<JsonObject> {
  if (Array.isArray(v)) {
    for (const x of v) {
      if (isObject(x)) yield x;
      yield* subschemas(x);
    }
    return;
  }
  if (!isObject(v)) return;
  for (const [k, x] of Object.entries(v)) {
    // The values of `properties` are subschemas; the `properties` object itself is not.
    const children = k === "properties" && isObject(x) ? Object.values(x) : [x];
    for (const c of children) {
      if (isObject(c)) yield c;
      yield* subschemas(c);
    }
  }
}

/** Moves every subschema that appears more than once (a Quantity, a date, "unknown" or null) and
 * every object into `definitions`, so Ajv writes each check once, as a function of its own. The zod
 * schema inlines them all, which made a 420 kB validator; and with the objects inline, one root
 * function of 300 kB ran about 10% slower than the small functions of this one. */
function shareRepeatedSubschemas(root: JsonObject): JsonObject {
  const seen = new Map<string, number>();
  for (const s of subschemas(root)) {
    const key = JSON.stringify(s);
    seen.set(key, (seen.get(key) ?? 0) + 1);
  }
  const definitions: JsonObject = {};
  const names = new Map<string, string>();
  const share = (v: Json): Json => {
    if (Array.isArray(v)) return v.map(share);
    if (!isObject(v)) return v;
    const key = JSON.stringify(v);
    const repeated = (seen.get(key) ?? 0) >= 2 && key.length >= 40;
    if (!repeated && v.type !== "object") return shareChildren(v);
    let name = names.get(key);
    if (name === undefined) {
      name = `s${names.size}`;
      names.set(key, name);
      definitions[name] = shareChildren(v);
    }
    return { $ref: `#/definitions/${name}` };
  };
  const shareChildren = (v: JsonObject): JsonObject => {
    const out: JsonObject = {};
    for (const [k, x] of Object.entries(v)) {
      if (k === "properties" && isObject(x)) {
        const props: JsonObject = {};
        for (const [p, s] of Object.entries(x)) props[p] = share(s);
        out[k] = props;
      } else out[k] = share(x);
    }
    return out;
  };
  return { ...shareChildren(root), definitions };
}

/** The JSON Schema the validator is generated from (draft-07: the keywords used mean the same as in
 * the published draft 2020-12 schema, and Ajv's draft-07 code has no unevaluated-property tracking). */
export function validatorSchema(): JsonObject {
  const schema = z.toJSONSchema(PatientRecord, { target: "draft-07", unrepresentable: "any" }) as Json;
  return withDispatchedPropertiesAsRefs(shareRepeatedSubschemas(withoutAnnotations(schema) as JsonObject));
}

/** The objects checked key by key (see withKeyDispatch): many properties, all optional, no others;
 * that is the labs (22), the series (20) and the conditions (15). The root and the cytogenetics
 * (13-14) were measured too: no faster with isPlainData's two key lists before the walk, and still
 * about 7% slower (the whole validator) with the cheaper check around it, as their few key sets keep
 * reads by name quick. */
const MIN_DISPATCHED_PROPERTIES = 15;

function isDispatched(s: Json): s is JsonObject & { properties: JsonObject } {
  return (
    isObject(s) &&
    s.type === "object" &&
    s.additionalProperties === false &&
    s.required === undefined &&
    s.properties !== undefined &&
    isObject(s.properties) &&
    Object.keys(s.properties).length >= MIN_DISPATCHED_PROPERTIES
  );
}

/** Every property of a dispatched object made a `$ref`, so Ajv writes its check as a function of its
 * own that the key-by-key check can call. */
function withDispatchedPropertiesAsRefs(root: JsonObject): JsonObject {
  const definitions = { ...(root.definitions as JsonObject) };
  const refsOf = (s: JsonObject & { properties: JsonObject }, prefix: string): JsonObject => {
    const properties: JsonObject = {};
    for (const [p, x] of Object.entries(s.properties)) {
      if (isObject(x) && typeof x.$ref === "string" && Object.keys(x).length === 1) properties[p] = x;
      else {
        definitions[`${prefix}_${p}`] = x;
        properties[p] = { $ref: `#/definitions/${prefix}_${p}` };
      }
    }
    return { ...s, properties };
  };
  for (const [name, d] of Object.entries(definitions))
    if (isDispatched(d)) definitions[name] = refsOf(d, name);
  const top = isDispatched(root) ? refsOf(root, "root") : root;
  return { ...top, definitions };
}

const HEADER = `// @ts-nocheck
/* Generated by scripts/gen-validator.ts from the PatientRecord zod schema (Ajv standalone code):
 * do not edit; run \`npm run gen:validator\`. It answers only yes or no; zod gives the messages. */
`;

/** Ajv's calling convention passes every sub-validator an object of error context (the path as a
 * string built per call, the parent, the root), read only to fill in error objects. Only the yes or
 * no is read here, so each sub-validator is called with the value alone, and an error keeps the empty
 * path. The signature's other names (parentData, rootData) are never read in this schema's code: the
 * check below fails the generation if one is left. Worth ~10% of the validator. */
function withoutErrorContext(code: string): string {
  const calls = /(validate\d+\([^(),]+), \{instancePath[^}]*\}\)/g;
  const signature =
    /function (validate\d+)\(data, \{instancePath="", parentData, parentDataProperty, rootData=data\}=\{\}\)\{/g;
  const out = code
    .replace(calls, (_, call: string) => `${call})`)
    .replace(signature, (_, name: string) => `function ${name}(data){const instancePath="";`);
  if (/parentData|rootData/.test(out)) throw new Error("gen-validator: Ajv's error context is still read");
  return out;
}

/** The `const schemaN = {...};` declarations of the generated code, parsed. */
function schemaConstants(code: string): Map<string, JsonObject> {
  const out = new Map<string, JsonObject>();
  for (const m of code.matchAll(/const (schema\d+) = (\{.*?\});(?=const |function |export )/g)) {
    const value = JSON.parse(m[2]!) as Json;
    if (isObject(value)) out.set(m[1]!, value);
  }
  return out;
}

/** For an object of more than 8 properties Ajv tests each key with
 * `Object.prototype.hasOwnProperty.call(schemaN.properties, key)`, as it writes `key === "a" || ...`
 * for a smaller one. The comparisons answer the same for every string key and are about a quarter
 * faster on the record's largest objects (labs, the root), so every object gets them. */
function withPropertyComparisons(code: string): string {
  const schemas = schemaConstants(code);
  return code.replace(
    /func\d+\.call\((schema\d+)\.properties, (key\d+)\)/g,
    (_, schema: string, key: string) => {
      const properties = schemas.get(schema)?.properties ?? null;
      if (!isObject(properties)) throw new Error(`gen-validator: no properties found for ${schema}`);
      return `(${Object.keys(properties)
        .map((p) => `${key} === ${JSON.stringify(p)}`)
        .join(" || ")})`;
    },
  );
}

/** The pattern zod writes for an ISO date (`z.iso.date()`), as the generated code spells it. */
export function isoDatePattern(): string {
  const pattern = (z.toJSONSchema(isoDate) as { pattern?: unknown }).pattern;
  if (typeof pattern !== "string") throw new Error("gen-validator: zod's date schema has no pattern");
  return pattern;
}

/** Every date of a record is tested with zod's calendar-exact date regex, a long alternation run
 * ~5 times a record; isIsoDate (src/model/iso-date.ts) answers the same by hand in a fraction of
 * its time, and src/model/iso-date.test.ts checks the two agree on every date form. */
function withHandDateCheck(code: string): string {
  const declarations = /const (pattern\d+) = new RegExp\(("(?:[^"\\]|\\.)*"), ""\);/g;
  const date = [...code.matchAll(declarations)].find((m) => JSON.parse(m[2]!) === isoDatePattern());
  if (date === undefined) throw new Error("gen-validator: the date pattern is not in the generated code");
  const [declaration, name] = date;
  const out = code.replace(declaration, "").replaceAll(`${name}.test(`, "isIsoDate(");
  if (new RegExp(`\\b${name}\\b`).test(out)) throw new Error(`gen-validator: ${name} is still read`);
  return out.replace('"use strict";', '"use strict";import { isIsoDate } from "./iso-date.js";');
}

/** The index just past the `}` that closes the `{` at `open`, skipping double-quoted strings (Ajv's
 * error objects quote the date pattern, braces and all). */
function closingBrace(code: string, open: number): number {
  let depth = 0;
  for (let i = open; i < code.length; i++) {
    const c = code[i];
    if (c === '"') {
      for (i++; code[i] !== '"'; i++) if (code[i] === "\\") i++;
    } else if (c === "{") depth++;
    else if (c === "}" && --depth === 0) return i + 1;
  }
  throw new Error("gen-validator: unbalanced braces in the generated code");
}

/** The index just past the bracket that closes the `{` or `[` at `open`, skipping double-quoted
 * strings. */
function closingBracket(code: string, open: number): number {
  let depth = 0;
  for (let i = open; i < code.length; i++) {
    const c = code[i];
    if (c === '"') {
      for (i++; code[i] !== '"'; i++) if (code[i] === "\\") i++;
    } else if (c === "{" || c === "[" || c === "(") depth++;
    else if ((c === "}" || c === "]" || c === ")") && --depth === 0) return i + 1;
  }
  throw new Error("gen-validator: unbalanced brackets in the generated code");
}

/** `code` with every match of `start` (a regex ending at an opening `{` or `[`), up to the bracket
 * that closes it and the text `tail` right after (a regex anchored with `^`), replaced by `by`. */
function replaceBalanced(code: string, start: RegExp, tail: string | RegExp, by: string): string {
  let out = "";
  let from = 0;
  for (const m of code.matchAll(new RegExp(start.source, "g"))) {
    if (m.index < from) continue;
    const end = closingBracket(code, m.index + m[0].length - 1);
    const rest = code.slice(end);
    const after =
      typeof tail === "string" ? (rest.startsWith(tail) ? tail : null) : (tail.exec(rest)?.[0] ?? null);
    if (after === null) throw new Error(`gen-validator: unexpected code after ${m[0]}`);
    out += code.slice(from, m.index) + by;
    from = end + after.length;
  }
  return out + code.slice(from);
}

/** Ajv builds an error object (and an array, and copies of arrays up the calls) for every check that
 * fails, even inside an `anyOf` whose other branch then passes: every "unknown" or null value, every
 * ongoing line's `end: null`. Only the yes or no is read here (see withoutErrorContext), so a
 * failure only counts: `errors` is still raised wherever Ajv raised it, and compared as before (to 0
 * and to its earlier values, never to a length), and no object is made. */
function withoutErrorObjects(code: string): string {
  let out = replaceBalanced(code, /validate\w+\.errors = \[/, ";return false;", "return false;");
  out = replaceBalanced(
    out,
    /const (err\d+) = \{/,
    /^;if\(vErrors === null\)\{vErrors = \[err\d+\];\}else \{vErrors\.push\(err\d+\);\}errors\+\+;/,
    "errors++;",
  );
  out = out.replace(
    /vErrors = vErrors === null \? (validate\w+)\.errors : vErrors\.concat\(\1\.errors\);errors = vErrors\.length;/g,
    "errors++;",
  );
  // With no error object made, `vErrors` stays null, and what the functions store as their `errors`
  // is read by no one.
  out = out.replace(/validate\w+\.errors = (?:vErrors|null|validate\w+full\.errors);/g, "");
  if (
    /vErrors = \[|vErrors\.push|vErrors\.concat|\{instancePath|errors = vErrors\.length|\.errors\b/.test(out)
  )
    throw new Error("gen-validator: an error object is still made");
  return out;
}

/** Objects with many optional properties (the labs above all) vary in which keys they have: the labs
 * of 2,000 synth records come in 267 shapes. Ajv reads each of the 20 properties by name
 * (`data.calcium !== undefined`), and V8 answers a read of that many shapes slowly (a megamorphic
 * lookup, ~50 ns even when the key is absent): about 1 µs a record for the labs alone. Walking the
 * keys the object has (`for...in`) and checking each by a `switch` costs a twentieth of that.
 *
 * The key walk answers as Ajv's code does only when every property a read by name finds is one the
 * walk meets: plain data (see src/model/plain-data.ts) whose prototype, Object.prototype, has none of
 * the names. That is checked around the walk, not by isPlainData's two key lists before it: the
 * prototype and the names first; then, every key the walk met being one of the names (so an own key,
 * the prototype having none of them), the walk's count of keys equal to the number of the object's
 * own names says that none of them is hidden from the walk (not enumerable). For any other object,
 * and whenever the walk does not say yes, Ajv's own function (renamed `…full`) decides, so a yes or
 * no never depends on the shortcut. A Proxy is not data: its traps may answer reads and key listings
 * differently (Ajv's code already reads some properties twice). */
function withKeyDispatch(code: string, schema: JsonObject): string {
  const objects = [schema, ...Object.values(schema.definitions as JsonObject)].filter(isDispatched);
  let out = code;
  for (const object of objects) {
    const names = Object.keys(object.properties);
    const keyTest = `(${names.map((p) => `key0 === ${JSON.stringify(p)}`).join(" || ")})`;
    const at = out.indexOf(keyTest);
    const start = out.lastIndexOf("function validate", at);
    const name = /^function (validate\d+)\(data\)\{/.exec(out.slice(start))?.[1];
    if (at < 0 || name === undefined) throw new Error(`gen-validator: no function checks ${names[0]}…`);
    const end = closingBrace(out, out.indexOf("{", start));
    const body = out.slice(start, end);
    // The function Ajv calls for each property's value (every property is a $ref, see
    // withDispatchedPropertiesAsRefs).
    const checks = names.map((p) => {
      if (!/^[A-Za-z_]\w*$/.test(p)) throw new Error(`gen-validator: property ${p} is not a plain name`);
      const call = new RegExp(
        `if\\(data\\.${p} !== undefined\\)\\{const _errs\\d+ = errors;if\\(!\\((validate\\d+)\\(data\\.${p}\\)\\)\\)`,
      ).exec(body);
      if (call === null) throw new Error(`gen-validator: no check of ${p} found in ${name}`);
      return call[1]!;
    });
    const full = body.replaceAll(new RegExp(`\\b${name}\\b`, "g"), `${name}full`);
    out = `${out.slice(0, start)}${full}${keyDispatch(name, names, checks)}${out.slice(end)}`;
  }
  return out.replace(
    '"use strict";',
    '"use strict";const OP = Object.prototype;const getPrototypeOf = Object.getPrototypeOf;const ownNames = Object.getOwnPropertyNames;',
  );
}

/** The code of `name`: the key walk over plain data, checking property `names[i]` with the function
 * `checks[i]`; Ajv's function `${name}full` for anything else and for every no. */
function keyDispatch(name: string, names: readonly string[], checks: readonly string[]): string {
  const cases = names.map(
    (p, i) => `case ${JSON.stringify(p)}: valid = value === undefined || ${checks[i]}(value); break;`,
  );
  const lent = names.map((p) => `!(${JSON.stringify(p)} in OP)`).join(" && ");
  return (
    `function ${name}(data){` +
    `if(data !== null && typeof data === "object" && getPrototypeOf(data) === OP && ${lent}){` +
    "let valid = true;let count = 0;" +
    `for(const key in data){count++;const value = data[key];switch(key){${cases.join("")}default: valid = false;}` +
    "if(!valid) break;}" +
    `if(valid && count === ownNames(data).length){${name}.errors = null;return true;}}` +
    `const valid = ${name}full(data);${name}.errors = ${name}full.errors;return valid;}`
  );
}

/** The text of the generated module. */
export function recordValidatorSource(): string {
  const ajv = new Ajv.default({
    code: { source: true, esm: true, optimize: true },
    strict: true,
    strictNumbers: true,
    unicode: false,
    unicodeRegExp: false,
    messages: false,
    allErrors: false,
    inlineRefs: false,
    logger: false,
  });
  const schema = validatorSchema();
  const code = standaloneCode.default(ajv, ajv.compile(schema));
  const checked = withHandDateCheck(withPropertyComparisons(withoutErrorContext(code)));
  return `${HEADER}${withoutErrorObjects(withKeyDispatch(checked, schema))}\n`;
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? "").href) {
  writeFileSync(GENERATED_VALIDATOR_PATH, recordValidatorSource());
  console.log(`wrote ${GENERATED_VALIDATOR_PATH}`);
}
