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
});
