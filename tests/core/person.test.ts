import { describe, expect, it } from "vitest";
import { personFromText, personLine, signingName } from "../../src/core/person.js";

describe("a person's name and title", () => {
  it.each([
    [
      "Ông Nguyễn Văn Hùng – Giám đốc Sở Tư pháp, Trưởng khối",
      { name: "Nguyễn Văn Hùng", title: "Giám đốc Sở Tư pháp, Trưởng khối" },
    ],
    ["Bà Trần Thị Thu Hà - Chánh Văn phòng", { name: "Trần Thị Thu Hà", title: "Chánh Văn phòng" }],
    [
      "Đồng chí Lê Minh Tuấn, Phó Chánh Thanh tra",
      { name: "Lê Minh Tuấn", title: "Phó Chánh Thanh tra" },
    ],
    ["Phạm Thị Lan", { name: "Phạm Thị Lan", title: null }],
    // A hyphen inside a name is no separator: only a dash with spaces around it is.
    ["Ông Bùi Thị-Hoa", { name: "Bùi Thị-Hoa", title: null }],
    // "Bàng" begins like "Bà" but is a family name, not an honorific.
    ["Bàng Văn Tú – Chánh án", { name: "Bàng Văn Tú", title: "Chánh án" }],
  ])("reads %s", (text, expected) => {
    expect(personFromText(text)).toEqual(expected);
  });

  it.each([
    [
      "Nguyễn Văn Hùng",
      "Giám đốc Sở Tư pháp",
      "Nguyễn Văn Hùng – Giám đốc Sở Tư pháp",
      "Nguyễn Văn Hùng",
    ],
    // A name stored without a title is an old single field: printed as written, signed by the name in it.
    ["Ông Nguyễn Văn Hùng – Giám đốc", null, "Ông Nguyễn Văn Hùng – Giám đốc", "Nguyễn Văn Hùng"],
  ])("%s / %s is written %s and signs %s", (name, title, line, signs) => {
    expect(personLine(name, title)).toBe(line);
    expect(signingName(name, title)).toBe(signs);
  });
});
