/** The date check of the generated record validator, by hand: the same yes or no as the pattern zod's
 * `z.iso.date()` writes (a calendar-exact regex, compiled without flags), in a third of its time. The
 * regex runs for every date of every record; src/model/iso-date.test.ts checks the two agree on every
 * year, month and day and on malformed text. */

const DASH = 45;
const ZERO = 48;

/** The number written by the ASCII digits s[at..at+n), or -1 if one of them is not a digit (the
 * regex's `\d` without the `u` flag is [0-9] only). */
export function digits(s: string, at: number, n: number): number {
  let v = 0;
  for (let i = at; i < at + n; i++) {
    const d = s.charCodeAt(i) - ZERO;
    if (d < 0 || d > 9) return -1;
    v = v * 10 + d;
  }
  return v;
}

/** Gregorian leap years, year 0000 included (the regex's `[02468][048]00` takes it). */
function isLeapYear(y: number): boolean {
  return y % 4 === 0 && (y % 100 !== 0 || y % 400 === 0);
}

function daysInMonth(y: number, m: number): number {
  if (m === 2) return isLeapYear(y) ? 29 : 28;
  return m === 4 || m === 6 || m === 9 || m === 11 ? 30 : 31;
}

/** Ten characters with a dash at 4 and 7: the frame of YYYY-MM-DD, whatever stands between. */
function dashedTen(s: string): boolean {
  return s.length === 10 && s.charCodeAt(4) === DASH && s.charCodeAt(7) === DASH;
}

/** The year of `s` when it is written DDDD-DD-DD in ASCII digits (as /^\d{4}-\d{2}-\d{2}$/ tests it,
 * whatever the month and day), else -1; its month and day are then digits(s, 5, 2) and digits(s, 8, 2).
 * Char codes rather than a regex, slices and Number(): no string is made for the usual date. */
export function wellFormedYear(s: string): number {
  if (!dashedTen(s)) return -1;
  return digits(s, 5, 2) < 0 || digits(s, 8, 2) < 0 ? -1 : digits(s, 0, 4);
}

/** Whether `s` is a calendar date written YYYY-MM-DD (years 0000-9999, nothing before or after). */
export function isIsoDate(s: string): boolean {
  if (!dashedTen(s)) return false;
  // Each group read once (wellFormedYear would read the month and the day twice); -1, not digits,
  // fails the range tests.
  const y = digits(s, 0, 4);
  const m = digits(s, 5, 2);
  const d = digits(s, 8, 2);
  if (y < 0 || m < 1 || m > 12 || d < 1) return false;
  return d <= daysInMonth(y, m);
}
