/** Calendar arithmetic on ISO dates (YYYY-MM-DD), in UTC, without reading the clock. */

const DAY_MS = 86_400_000;

/** The ASCII digit at `i` as a number, or NaN when it is not one (what \d matches without the u flag). */
function digitAt(iso: string, i: number): number {
  const c = iso.charCodeAt(i) - 48;
  return c >= 0 && c <= 9 ? c : Number.NaN;
}

/** The number written by the digits from `from` to `to` (exclusive); NaN when one is not a digit. */
function numberAt(iso: string, from: number, to: number): number {
  let n = 0;
  for (let i = from; i < to; i++) n = n * 10 + digitAt(iso, i);
  return n;
}

/** The year of a date written YYYY-MM-DD exactly (as /^\d{4}-\d{2}-\d{2}$/ tests it), or NaN when it is
 * not so written; its month and day are then numberAt(iso, 5, 7) and numberAt(iso, 8, 10). Char codes
 * rather than slices and Number(): no strings are made for the usual date. */
function wellFormedYear(iso: string): number {
  if (iso.length !== 10 || iso.charCodeAt(4) !== 45 || iso.charCodeAt(7) !== 45) return Number.NaN;
  const m = numberAt(iso, 5, 7);
  const d = numberAt(iso, 8, 10);
  return Number.isNaN(m) || Number.isNaN(d) ? Number.NaN : numberAt(iso, 0, 4);
}

function parts(iso: string): [number, number, number] {
  // The usual, well-formed date read by position (no split, no array of strings); anything else as before.
  const y = wellFormedYear(iso);
  if (!Number.isNaN(y)) return [y, numberAt(iso, 5, 7), numberAt(iso, 8, 10)];
  const [yy, m, d] = iso.split("-").map(Number);
  return [yy ?? 0, m ?? 1, d ?? 1];
}

function toUtc(iso: string): number {
  const y = wellFormedYear(iso);
  if (!Number.isNaN(y)) return Date.UTC(y, numberAt(iso, 5, 7) - 1, numberAt(iso, 8, 10));
  const [yy, m, d] = parts(iso);
  return Date.UTC(yy, m - 1, d);
}

const pad2 = (n: number): string => (n < 10 ? `0${n}` : String(n));

function fromUtc(ms: number): string {
  const date = new Date(ms);
  const y = date.getUTCFullYear();
  // toISOString writes other years with a sign and six digits, and throws on an invalid date: keep it there.
  if (!(y >= 0 && y <= 9999)) return date.toISOString().slice(0, 10);
  return `${String(y).padStart(4, "0")}-${pad2(date.getUTCMonth() + 1)}-${pad2(date.getUTCDate())}`;
}

/** Whole days from `from` to `to` (negative when `to` is earlier). */
export function daysBetween(from: string, to: string): number {
  return Math.round((toUtc(to) - toUtc(from)) / DAY_MS);
}

export function addDays(iso: string, days: number): string {
  return fromUtc(toUtc(iso) + days * DAY_MS);
}

/** Adds calendar months; a day past the end of the target month becomes its last day (Jan 31 + 1 = Feb 28/29). */
export function addMonths(iso: string, months: number): string {
  const [y, m, d] = parts(iso);
  // Days 1-28 exist in every month, so the day stays as it is and no Date is needed: the year and month
  // carry as Date.UTC carries them. Years below 100 (Date.UTC reads them as 19xx) and anything unusual
  // take the general path below.
  const shifted = m - 1 + months;
  if (
    d >= 1 &&
    d <= 28 &&
    y >= 100 &&
    Number.isInteger(y) &&
    Number.isInteger(d) &&
    Number.isInteger(shifted)
  ) {
    const year = y + Math.floor(shifted / 12);
    if (year <= 9999)
      return `${String(year).padStart(4, "0")}-${pad2(shifted - 12 * Math.floor(shifted / 12) + 1)}-${pad2(d)}`;
  }
  // Date.UTC carries a month index past 11 (or below 0) into the year; day 0 is the previous month's last.
  const month = m - 1 + months;
  const last = new Date(Date.UTC(y, month + 1, 0)).getUTCDate();
  return fromUtc(Date.UTC(y, month, Math.min(d, last)));
}

export function compareDates(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
