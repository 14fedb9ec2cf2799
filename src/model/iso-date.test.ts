/** The hand date check against the regex it replaces in the generated validator (zod's `z.iso.date()`
 * pattern): the same yes or no on every year, month and day, and on malformed text. */
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { isoDatePattern } from "../../scripts/gen-validator.js";
import { isIsoDate } from "./iso-date.js";
import { isoDate } from "./record.js";

const zodPattern = new RegExp(isoDatePattern());

const pad = (n: number, width: number) => String(n).padStart(width, "0");

/** The texts on which the two disagree (empty when they agree). */
function disagreements(texts: Iterable<string>): string[] {
  const out: string[] = [];
  for (const s of texts) if (isIsoDate(s) !== zodPattern.test(s)) out.push(s);
  return out;
}

function* everyYearWithEdgeDays(): Generator<string> {
  for (let y = 0; y <= 9999; y++)
    for (let m = 0; m <= 13; m++)
      for (const d of [0, 1, 9, 10, 19, 20, 28, 29, 30, 31, 32, 39, 40, 99])
        yield `${pad(y, 4)}-${pad(m, 2)}-${pad(d, 2)}`;
}

function* everyMonthAndDay(years: readonly number[]): Generator<string> {
  for (const y of years)
    for (let m = 0; m <= 99; m++)
      for (let d = 0; d <= 99; d++) yield `${pad(y, 4)}-${pad(m, 2)}-${pad(d, 2)}`;
}

/** Each character of a valid date replaced by every ASCII character and some digits of other scripts
 * (full-width, Arabic-Indic, superscript), and the date with text before, after or inside it. */
function* malformed(date: string): Generator<string> {
  const others = ["０", "٠", "٩", "²", "‐", "–", "\u0000", "\ud800", "😀"];
  const replacements = [...Array.from({ length: 128 }, (_, c) => String.fromCharCode(c)), ...others];
  for (let i = 0; i < date.length; i++)
    for (const r of replacements) yield `${date.slice(0, i)}${r}${date.slice(i + 1)}`;
  for (const extra of [" ", "\n", "\r\n", "Z", "T00:00:00Z", "0", "-", ...others]) {
    yield `${extra}${date}`;
    yield `${date}${extra}`;
    for (let i = 1; i < date.length; i++) yield `${date.slice(0, i)}${extra}${date.slice(i)}`;
  }
  for (let i = 0; i < date.length; i++) yield `${date.slice(0, i)}${date.slice(i + 1)}`;
  yield "";
}

describe("isIsoDate", () => {
  it("agrees with zod's date pattern on every year 0000-9999 with months 00-13 and the edge days", () => {
    expect(disagreements(everyYearWithEdgeDays())).toEqual([]);
  }, 60_000);

  it("agrees on every month and day 00-99 of leap, common and century years", () => {
    expect(
      disagreements(everyMonthAndDay([0, 4, 100, 400, 1900, 2000, 2023, 2024, 2100, 9996, 9999])),
    ).toEqual([]);
  });

  it("takes February 29 only in leap years and refuses impossible dates", () => {
    expect(["2024-02-29", "2000-02-29", "0000-02-29", "2026-04-30", "9999-12-31"].map(isIsoDate)).toEqual([
      true,
      true,
      true,
      true,
      true,
    ]);
    expect(
      ["2023-02-29", "1900-02-29", "2100-02-29", "2024-02-30", "2026-04-31", "2026-13-01", "2026-00-10"].map(
        isIsoDate,
      ),
    ).toEqual([false, false, false, false, false, false, false]);
  });

  it("agrees on malformed text: other characters in every place, text around or inside, a character missing", () => {
    for (const date of ["2024-02-29", "2026-12-31", "1999-09-09"])
      expect(disagreements(malformed(date))).toEqual([]);
  });

  it("agrees on random text of date-like characters", () => {
    const text = fc.string({
      unit: fc.constantFrom(..."0123456789--\n T:Z/٠０".split("")),
      minLength: 8,
      maxLength: 12,
    });
    fc.assert(
      fc.property(text, (s) => isIsoDate(s) === zodPattern.test(s)),
      { numRuns: 20_000, seed: 20261201 },
    );
  });

  it("gives zod's own verdict (not only its pattern's) on dates of every kind", () => {
    const samples = [...everyMonthAndDay([2024]), ...malformed("2024-02-29")];
    for (const s of samples) expect(isIsoDate(s), s).toBe(isoDate.safeParse(s).success);
  });
});
