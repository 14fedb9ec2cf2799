/** Whether a value is plain data, as JSON.parse makes it: an object (not an array) whose prototype is
 * Object.prototype and whose own keys are all enumerable. For such an object, walking its keys with
 * `for...in` meets every property a read by name finds, except what Object.prototype itself lends
 * (the callers account for that), so a key walk can stand in for reads by name. That
 * walk is what keeps factsOf fast on labs whose key sets vary. (The record validator checks the same
 * around its own walk, without the two key lists: scripts/gen-validator.ts, withKeyDispatch.) */
export function isPlainData(v: unknown): v is Record<string, unknown> {
  return (
    v !== null &&
    typeof v === "object" &&
    !Array.isArray(v) &&
    Object.getPrototypeOf(v) === Object.prototype &&
    Object.keys(v).length === Object.getOwnPropertyNames(v).length
  );
}
