/**
 * Conditions compiled to generated code (as Ajv compiles schemas): one function per condition (or per list
 * of conditions) that reads each fact it needs once, into a local, and decides every leaf and every
 * all / any / not with integer arithmetic, with no call per node. The source is built only from the
 * knowledge base (fact names checked against FACTS, values written as literals checked to be finite
 * numbers, booleans or strings), never from patient data.
 *
 * Three-valued logic as small integers (Kleene): 0 not met, 1 unknown, 2 met; `all` is the minimum of its
 * parts (an empty `all` is met), `any` the maximum (an empty `any` is not met), `not` is 2 minus its part.
 * That is compileTruth's logic (false AND unknown = false; true OR unknown = true); evaluating every part
 * rather than stopping at a decisive one gives the same truth, reading a fact having no side effect.
 *
 * Where code cannot be generated (a runtime without `new Function`, or where a Content Security Policy
 * forbids it, as in the web app's browser), the callers keep their closures: the same truths, only slower.
 */
import { Truth } from "../model/trace.js";
import { FACTS, type FactName, type Situation } from "./situation.js";
import type { Condition, FactValue, Leaf } from "./types.js";

/** The Truth of each integer code. */
export const TRUTH_OF_CODE: readonly [Truth, Truth, Truth] = [Truth.notMet, Truth.unknown, Truth.met];

type FunctionCtor = new (...args: string[]) => (...a: unknown[]) => unknown;

/**
 * Whether code may be generated here: only under Node (a browser page of the web app has a Content
 * Security Policy without 'unsafe-eval', where trying would report a violation), and only when the
 * runtime allows it. Decided once.
 */
const GENERATOR: FunctionCtor | null = (() => {
  const p = (globalThis as { process?: { versions?: { node?: unknown } } }).process;
  if (typeof p?.versions?.node !== "string") return null;
  try {
    const F = Function as unknown as FunctionCtor;
    return new F("return 1")() === 1 ? F : null;
  } catch {
    return null;
  }
})();

/** Whether generated code is used (false: every caller keeps its closures). */
export const GENERATED_CODE = GENERATOR !== null;

const IDENTIFIER = /^[A-Za-z_$][A-Za-z0-9_$]*$/;

/** A fact name that may be written into code as a property name: a fact of FACTS, an identifier. */
function safeFact(f: unknown): f is FactName {
  return typeof f === "string" && IDENTIFIER.test(f) && Object.hasOwn(FACTS, f);
}

/** A value written into code as a literal: a finite number, a boolean or a string (JSON's quoting). */
function literal(v: unknown): string | null {
  if (typeof v === "boolean") return v ? "true" : "false";
  if (typeof v === "number") return Number.isFinite(v) ? (Object.is(v, -0) ? "0" : String(v)) : null;
  if (typeof v === "string") return JSON.stringify(v);
  return null;
}

function isLeaf(c: Condition): c is Leaf {
  return "fact" in c;
}

/** Thrown inside the generator for a condition it cannot write (then nothing is generated). */
class CannotGenerate extends Error {}

/**
 * Writes conditions as code: `locals` reads each fact once (`const f0 = s.category;`), `body` holds the
 * statements, and each condition's code is a temporary (`t3`) holding its integer truth. Identical leaves
 * and subconditions (the same operator and values on the same fact) are written once and shared: in a
 * list of conditions many entries test the same thing.
 */
class Writer {
  private readonly factVar = new Map<FactName, string>();
  private readonly shared = new Map<string, string>();
  private n = 0;
  readonly locals: string[] = [];
  readonly body: string[] = [];

  private fact(f: unknown): string {
    if (!safeFact(f)) throw new CannotGenerate();
    let v = this.factVar.get(f);
    if (v === undefined) {
      v = `f${this.factVar.size}`;
      this.factVar.set(f, v);
      this.locals.push(`const ${v} = s.${f};`);
    }
    return v;
  }

  private temp(key: string, expr: string): string {
    const hit = this.shared.get(key);
    if (hit !== undefined) return hit;
    const t = `t${this.n++}`;
    this.body.push(`const ${t} = ${expr};`);
    this.shared.set(key, t);
    return t;
  }

  private leaf(c: Leaf): string {
    const v = this.fact(c.fact);
    const lit = (x: unknown): string => {
      const l = literal(x);
      if (l === null) throw new CannotGenerate();
      return l;
    };
    let key: string;
    let expr: string;
    if ("known" in c) {
      if (typeof c.known !== "boolean") throw new CannotGenerate();
      key = `${v} known ${c.known}`;
      expr = c.known ? `${v} == null ? 0 : 2` : `${v} == null ? 2 : 0`;
    } else if ("is" in c) {
      const a = lit(c.is);
      key = `${v} is ${a}`;
      expr = `${v} == null ? 1 : ${v} === ${a} ? 2 : 0`;
    } else if ("in" in c) {
      if (!Array.isArray(c.in)) throw new CannotGenerate();
      const vals = (c.in as readonly FactValue[]).map(lit);
      key = `${v} in ${vals.join(",")}`;
      // An empty list: never met when the fact is known (as `includes` of nothing).
      const test = vals.length === 0 ? "false" : vals.map((a) => `${v} === ${a}`).join(" || ");
      expr = `${v} == null ? 1 : ${test} ? 2 : 0`;
    } else {
      const [op, arg] =
        "lt" in c
          ? ["<", c.lt]
          : "lte" in c
            ? ["<=", c.lte]
            : "gt" in c
              ? [">", c.gt]
              : "gte" in c
                ? [">=", (c as { gte: number }).gte]
                : [null, null];
      if (op === null || typeof arg !== "number") throw new CannotGenerate();
      const a = lit(arg);
      key = `${v} ${op} ${a}`;
      expr = `${v} == null ? 1 : typeof ${v} === "number" && ${v} ${op} ${a} ? 2 : 0`;
    }
    return this.temp(key, expr);
  }

  /** The temporary holding the condition's integer truth. */
  cond(c: Condition): string {
    if (c === null || typeof c !== "object") throw new CannotGenerate();
    if (isLeaf(c)) return this.leaf(c);
    if ("not" in c) {
      const inner = this.cond(c.not);
      return this.temp(`!${inner}`, `2 - ${inner}`);
    }
    const isAll = "all" in c;
    const parts = isAll ? c.all : "any" in c ? c.any : null;
    if (!Array.isArray(parts)) throw new CannotGenerate();
    const ts = parts.map((p) => this.cond(p));
    const key = `${isAll ? "all" : "any"}(${ts.join(",")})`;
    if (ts.length === 0) return this.temp(key, isAll ? "2" : "0");
    if (ts.length === 1) return ts[0] as string;
    // min (all) or max (any), as nested comparisons of integers.
    let acc = ts[0] as string;
    for (let i = 1; i < ts.length; i++) {
      const b = ts[i] as string;
      const k = i === ts.length - 1 ? key : `${key}#${i}`;
      acc = this.temp(k, isAll ? `${acc} < ${b} ? ${acc} : ${b}` : `${acc} > ${b} ? ${acc} : ${b}`);
    }
    return acc;
  }

  source(): string {
    return [...this.locals, ...this.body].join("\n");
  }
}

/** A condition's truth, as compileTruth gives it, by generated code; null where none can be generated. */
export function generateTruth(c: Condition): ((s: Situation) => Truth) | null {
  if (GENERATOR === null) return null;
  try {
    const w = new Writer();
    const t = w.cond(c);
    const make = new GENERATOR("T", `return function truth(s) {\n${w.source()}\nreturn T[${t}];\n};`);
    return make(TRUTH_OF_CODE) as (s: Situation) => Truth;
  } catch (e) {
    if (e instanceof CannotGenerate || e instanceof EvalError || e instanceof SyntaxError) return null;
    throw e;
  }
}

/**
 * The truths of a list of conditions, as integer codes (0 not met, 1 unknown, 2 met) written into `out`
 * at the conditions' places, by one generated function: each fact read once, each leaf or subcondition the
 * list shares decided once. Null where none can be generated.
 */
export function generateTruthCodes(
  cs: readonly Condition[],
): ((s: Situation, out: Uint8Array) => void) | null {
  if (GENERATOR === null) return null;
  try {
    const w = new Writer();
    const ts = cs.map((c) => w.cond(c));
    const assign = ts.map((t, i) => `out[${i}] = ${t};`).join("\n");
    const make = new GENERATOR(`return function truthCodes(s, out) {\n${w.source()}\n${assign}\n};`);
    return make() as (s: Situation, out: Uint8Array) => void;
  } catch (e) {
    if (e instanceof CannotGenerate || e instanceof EvalError || e instanceof SyntaxError) return null;
    throw e;
  }
}

/**
 * The facts a condition finds unknown, as compileUnknowns gives them (every fact a leaf other than a
 * `known` test reads, when it is null, each once in first-seen order), by generated code; null where none
 * can be generated.
 */
export function generateUnknowns(c: Condition): ((s: Situation) => FactName[]) | null {
  if (GENERATOR === null) return null;
  const facts: FactName[] = [];
  const walk = (x: Condition): boolean => {
    if (x === null || typeof x !== "object") return false;
    if (isLeaf(x)) {
      if (!safeFact(x.fact)) return false;
      if (!("known" in x) && !facts.includes(x.fact)) facts.push(x.fact);
      return true;
    }
    if ("not" in x) return walk(x.not);
    const parts = "all" in x ? x.all : "any" in x ? x.any : null;
    return Array.isArray(parts) && parts.every(walk);
  };
  if (!walk(c)) return null;
  try {
    const lines = facts.map((f) => `if (s.${f} == null) out.push(${JSON.stringify(f)});`);
    const make = new GENERATOR(
      `return function unknowns(s) {\nconst out = [];\n${lines.join("\n")}\nreturn out;\n};`,
    );
    return make() as (s: Situation) => FactName[];
  } catch (e) {
    if (e instanceof EvalError || e instanceof SyntaxError) return null;
    throw e;
  }
}
