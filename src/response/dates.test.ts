/** Calendar arithmetic the monitoring intervals, the 60-day refractory window and the 4-week anti-CD38
 * rule are counted with: whole days and calendar months, in UTC, across month and year ends. */
import { describe, expect, it } from "vitest";
import { addDays, addMonths, compareDates, daysBetween } from "./dates.js";

describe("dates", () => {
  it("adds calendar months across the year end; a day past the end of the month becomes its last day", () => {
    expect(addMonths("2025-11-15", 3)).toBe("2026-02-15");
    expect(addMonths("2025-01-31", 1)).toBe("2025-02-28");
    expect(addMonths("2024-01-31", 1)).toBe("2024-02-29");
    expect(addMonths("2025-03-31", -1)).toBe("2025-02-28");
    expect(addMonths("2025-08-31", 24)).toBe("2027-08-31");
  });

  it("adds and counts whole days across month and leap-year ends", () => {
    expect(addDays("2024-02-28", 1)).toBe("2024-02-29");
    expect(addDays("2025-01-10", -10)).toBe("2024-12-31");
    expect(daysBetween("2024-06-01", "2024-07-31")).toBe(60);
    expect(daysBetween("2024-07-31", "2024-06-01")).toBe(-60);
  });

  it("compares ISO dates: earlier, same, later", () => {
    expect(compareDates("2025-01-01", "2025-01-02")).toBe(-1);
    expect(compareDates("2025-01-01", "2025-01-01")).toBe(0);
    expect(compareDates("2025-01-02", "2025-01-01")).toBe(1);
  });

  it("adds months the same way as Date.UTC's calendar on every day, including the edges of the year range", () => {
    // The calendar as Date.UTC computes it (a day past the month's end clamped), formatted like the module.
    const byDate = (iso: string, months: number): string => {
      const [y = 0, m = 1, d = 1] = iso.split("-").map(Number);
      const last = new Date(Date.UTC(y, m - 1 + months + 1, 0)).getUTCDate();
      const at = new Date(Date.UTC(y, m - 1 + months, Math.min(d, last)));
      const year = at.getUTCFullYear();
      if (!(year >= 0 && year <= 9999)) return at.toISOString().slice(0, 10);
      const p2 = (n: number) => String(n).padStart(2, "0");
      return `${String(year).padStart(4, "0")}-${p2(at.getUTCMonth() + 1)}-${p2(at.getUTCDate())}`;
    };
    const differ: string[] = [];
    // Every month and day number 1-31 (a 30 February too) of years around the edges: 0050 (which Date.UTC
    // reads as 1950), 0100, 9999 (a month later is past the four-digit range).
    for (const year of ["0050", "0099", "0100", "1999", "2023", "2024", "9998", "9999"])
      for (let month = 1; month <= 12; month++)
        for (let day = 1; day <= 31; day++) {
          const iso = `${year}-${String(month).padStart(2, "0")}-${String(day).padStart(2, "0")}`;
          for (const months of [-25, -12, -1, 0, 1, 2, 3, 6, 11, 12, 13, 24, 30])
            if (addMonths(iso, months) !== byDate(iso, months)) differ.push(`${iso} ${months}`);
        }
    expect(differ).toEqual([]);
  });

  it("counts days between dates written without zero padding or with letters the same way as split('-')", () => {
    // Only YYYY-MM-DD is read by position; anything else goes through split("-").map(Number) as before.
    expect(daysBetween("2024-1-5", "2024-01-15")).toBe(10);
    expect(daysBetween("2024-01-05", "2024-2-5")).toBe(31);
    expect(Number.isNaN(daysBetween("2024-01-0a", "2024-01-10"))).toBe(true);
    // Number() trims white space: a trailing space still reads as the 5th.
    expect(daysBetween("2024-01-05 ", "2024-01-10")).toBe(5);
    // A day or month past its end carries as Date.UTC carries it.
    expect(daysBetween("2024-01-31", "2024-02-30")).toBe(30);
  });
});
