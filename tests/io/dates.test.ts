import { describe, expect, it } from "vitest";
import { formatLocalTime, formatUserDate, parseUserDate } from "../../src/io/dates.js";

describe("parseUserDate", () => {
  it.each([
    ["2026-12-18", "2026-12-18"],
    ["18/12/2026", "2026-12-18"],
    [" 8/2/2020 ", "2020-02-08"],
    ["08.02.2020", "2020-02-08"],
    ["29/02/2024", "2024-02-29"],
    ["2020-2-8", "2020-02-08"],
  ])("%j is %s", (text, date) => {
    expect(parseUserDate(text)).toBe(date);
  });

  it.each(["29/02/2023", "31/04/2020", "12/18/2026", "2026-13-01", "18/12/26", "hôm nay", ""])(
    "%j is not a date",
    (text) => {
      expect(parseUserDate(text)).toBeUndefined();
    },
  );
});

describe("formatUserDate and formatLocalTime", () => {
  it("prints dd/mm/yyyy in Vietnamese, YYYY-MM-DD in English", () => {
    expect(formatUserDate("2019-12-20", "vi")).toBe("20/12/2019");
    expect(formatUserDate("2019-12-20", "en")).toBe("2019-12-20");
    expect(formatUserDate("cuối năm", "vi")).toBe("cuối năm");
  });

  it("prints an instant in the machine's local time", () => {
    const instant = new Date(2026, 11, 18, 14, 5).toISOString();
    expect(formatLocalTime(instant, "vi")).toBe("18/12/2026 14:05");
    expect(formatLocalTime(instant, "en")).toBe("2026-12-18 14:05");
  });
});
