import { describe, expect, it } from "vitest";
import { displayWidth, renderTable } from "../../src/io/table.js";

describe("displayWidth", () => {
  it.each([
    ["", 0],
    ["STP", 3],
    ["Sở Tư pháp", 10],
    ["Sở Tư pháp".normalize("NFD"), 10],
    ["Khối thi đua các cơ quan Nội chính", 34],
    ["\u001b[1mđiểm\u001b[22m", 4],
    ["a\u200db\ufeff", 2],
    ["tab\there", 7],
    ["中文", 4],
    ["ｘ", 2],
    ["👍", 2],
    ["—…–", 3],
  ])("%j takes %i columns", (text, width) => {
    expect(displayWidth(text)).toBe(width);
  });

  it("lines up Vietnamese text however it is encoded", () => {
    const table = renderTable(
      ["Mã", "Tên"],
      [
        ["STP", "Sở Tư pháp"],
        ["TTT", "Thanh tra tỉnh".normalize("NFD")],
      ],
    );
    // The rule under the header spans the widest cell of each column, NFD or not.
    const rule = table.split("\n")[1] as string;
    expect(rule.split("  ").map((part) => part.length)).toEqual([3, 14]);
  });
});
