/** Calendar arithmetic on ISO dates (YYYY-MM-DD), in UTC, without reading the clock. */

import { digits, wellFormedYear } from "../model/iso-date.js";

const DAY_MS = 86_400_000;

/** [year, month, day] of a date; the usual, well-formed one read by position (no split, no strings). */
function parts(iso: string): [number, number, number] {
  const y = wellFormedYear(iso);
  if (y >= 0) return [y, digits(iso, 5, 2), digits(iso, 8, 2)];
  const [yy, m, d] = iso.split("-").map(Number);
  return [yy ?? 0, m ?? 1, d ?? 1];
}

function toUtc(iso: string): number {
  // The well-formed date without the array parts() returns: this runs for every date compared.
  const y = wellFormedYear(iso);
  if (y >= 0) {
    const m = digits(iso, 5, 2);
    const d = digits(iso, 8, 2);
    // Days since 1970-01-01 by integer arithmetic (Hinnant's days_from_civil, proleptic Gregorian as
    // Date.UTC counts), the same number without a call into the Date built-in. The day enters linearly,
    // so a day past the month's end carries as Date.UTC carries it. Years 0-99 (Date.UTC reads them as
    // 19xx) and a month outside 1-12 take Date.UTC.
    if (y >= 100 && m >= 1 && m <= 12) {
      const yy = m <= 2 ? y - 1 : y;
      const era = Math.floor(yy / 400);
      const yoe = yy - era * 400;
      const doy = Math.floor((153 * (m > 2 ? m - 3 : m + 9) + 2) / 5) + d - 1;
      const doe = yoe * 365 + Math.floor(yoe / 4) - Math.floor(yoe / 100) + doy;
      return (era * 146097 + doe - 719468) * DAY_MS;
    }
    return Date.UTC(y, m - 1, d);
  }
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
  // Days 29-31 of a year from 100 on: the day when the target month has it, else the month's last (what
  // the Date path below gives), by the calendar's month lengths rather than a Date.
  if (d > 28 && y >= 100 && Number.isInteger(y) && Number.isInteger(d) && Number.isInteger(shifted)) {
    const year = y + Math.floor(shifted / 12);
    const month = shifted - 12 * Math.floor(shifted / 12) + 1;
    if (year >= 100 && year <= 9999) {
      const leap = year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0);
      const length =
        month === 2 ? (leap ? 29 : 28) : month === 4 || month === 6 || month === 9 || month === 11 ? 30 : 31;
      return `${String(year).padStart(4, "0")}-${pad2(month)}-${pad2(Math.min(d, length))}`;
    }
  }
  // Date.UTC carries a month index past 11 (or below 0) into the year; day 0 is the previous month's last.
  const month = m - 1 + months;
  const last = new Date(Date.UTC(y, month + 1, 0)).getUTCDate();
  return fromUtc(Date.UTC(y, month, Math.min(d, last)));
}

export function compareDates(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/** Whole calendar months from `from` to `to` (0 when `to` is earlier or within a month of `from`): the count
 * of months added to `from` that stay on or before `to`. addMonths never goes back as months are added, so
 * the count starts one short of the calendar months between the two dates (when that many stay on or before
 * `to`) and steps on from there. */
export function completedMonths(from: string, to: string): number {
  const calendar =
    (Number(to.slice(0, 4)) - Number(from.slice(0, 4))) * 12 +
    (Number(to.slice(5, 7)) - Number(from.slice(5, 7)));
  let m = Number.isInteger(calendar) && calendar > 1 ? calendar - 1 : 0;
  if (m > 0 && compareDates(addMonths(from, m), to) > 0) m = 0;
  while (compareDates(addMonths(from, m + 1), to) <= 0) m++;
  return m;
}

/** The earlier of two dates; a missing one (null or undefined) gives way to the other. */
export function earlierDate<M extends null | undefined>(a: string | M, b: string | M): string | M {
  if (a === null || a === undefined) return b;
  return b !== null && b !== undefined && compareDates(b, a) < 0 ? b : a;
}

/** Progression recorded on a treatment entry: its flag, its date or its stop reason (the one reading of "the record
 * says it progressed on this entry"). */
export function progressionRecorded(t: {
  progressedOn: boolean | null;
  progressionDate: string | null;
  stopReason: string | null;
}): boolean {
  return t.progressedOn === true || t.progressionDate !== null || t.stopReason === "progression";
}

/** A treatment entry's recorded progression date, counted only from the entry's start (a date before it
 * belongs to an earlier line): the one reading of it for the response and for refractoriness. */
export function recordedProgressionDate(t: { progressionDate: string | null; start: string }): string | null {
  return t.progressionDate !== null && compareDates(t.progressionDate, t.start) >= 0
    ? t.progressionDate
    : null;
}
