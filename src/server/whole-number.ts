/** The one parser of whole-number settings (flags and environment variables of `mmnav`), so every
 * setting accepts and refuses the same text; each caller words its own error (commander's
 * InvalidArgumentError for a flag, a CONFIG error for the server, ...). Commander itself only hands
 * over the text. Lives beside the server's defaults so the CLI can use it without loading the server. */

/** `raw` as a whole number from `min` to `max`, or undefined when it is not plainly one: decimal
 * digits only (spaces around them are dropped), so "1e3", "0x10", "1.5", "-1" and "" are refused
 * rather than read as something the operator may not have meant. */
export function wholeNumber(raw: string, min: number, max = Number.MAX_SAFE_INTEGER): number | undefined {
  const text = raw.trim();
  if (!/^\d+$/.test(text)) return undefined;
  const n = Number(text);
  return Number.isSafeInteger(n) && n >= min && n <= max ? n : undefined;
}
