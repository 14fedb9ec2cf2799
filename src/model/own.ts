/** Prototype-safe lookups: a key that came from input ("constructor", "__proto__", "toString") never
 * reaches Object.prototype, so a table answers only with what it holds. */

/** The table's own value for `key`, or undefined (never an inherited member such as a function). */
export function own<V>(table: Readonly<Record<string, V>>, key: string): V | undefined {
  return Object.hasOwn(table, key) ? table[key] : undefined;
}
