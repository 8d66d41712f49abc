import { describe, expect, it } from "vitest";
import { agencyResolver } from "../../src/core/agency-lookup.js";
import { closest, compareVietnamese, foldAccents, headerKey, nfc } from "../../src/core/text.js";
import type { Agency } from "../../src/core/types.js";

describe("Vietnamese text", () => {
  it("normalises to NFC without losing a diacritic", () => {
    const decomposed = "Tòa án nhân dân tỉnh".normalize("NFD");
    expect(decomposed).not.toBe("Tòa án nhân dân tỉnh");
    expect(nfc(decomposed)).toBe("Tòa án nhân dân tỉnh");
    expect(nfc("STP")).toBe("STP");
  });

  it.each([
    ["Mã đơn vị", "madonvi"],
    ["MA_DON_VI", "madonvi"],
    ["ma-don-vi", "madonvi"],
    ["  Điểm tối đa ", "diemtoida"],
    ["Tên viết tắt", "tenviettat"],
  ])("matches header %j as %j", (header, key) => {
    expect(headerKey(header)).toBe(key);
  });

  it("sorts with the Vietnamese alphabet (d before đ, a before ă before â)", () => {
    const sorted = ["Đồng Nai", "Dak Lak", "Ân Thi", "Ăn Uống", "An Giang"].sort(compareVietnamese);
    expect(sorted).toEqual(["An Giang", "Ăn Uống", "Ân Thi", "Dak Lak", "Đồng Nai"]);
  });

  it("folds accents and đ for loose matching only", () => {
    expect(foldAccents("Đội Biên phòng")).toBe("doi bien phong");
  });

  it("suggests a near miss and nothing for a far one", () => {
    expect(closest("TC1O", ["TC01", "TC10", "TH01"])).toBe("TC10");
    expect(closest("SPT", ["STP", "TTT", "CAT"])).toBe("STP");
    expect(closest("XYZXYZ", ["TC01", "TC10"])).toBeUndefined();
  });
});

describe("agency lookup", () => {
  const agencies: Agency[] = [
    { code: "TAND", name: "Tòa án nhân dân tỉnh", shortName: "Tòa án", order: 1 },
    { code: "BĐBP", name: "Bộ Chỉ huy Bộ đội Biên phòng tỉnh", shortName: null, order: 2 },
    { code: "A1", name: "Sở Tài chính", shortName: null, order: 3 },
    { code: "A2", name: "Sở Tài chính", shortName: null, order: 4 },
  ];
  const resolver = agencyResolver(agencies);

  it.each([
    ["TAND", "TAND"],
    ["tand", "TAND"],
    ["Tòa án nhân dân tỉnh", "TAND"],
    ["tòa án nhân dân tỉnh", "TAND"],
    ["Toa an nhan dan tinh", "TAND"],
    ["Tòa án nhân dân tỉnh".normalize("NFD"), "TAND"],
    ["BĐBP", "BĐBP"],
    ["bdbp", "BĐBP"],
  ])("finds %j as %s", (text, code) => {
    const match = resolver.resolve(text);
    expect(match.kind).toBe("found");
    if (match.kind === "found") expect(match.agency.code).toBe(code);
  });

  it("refuses a name that folds to two agencies", () => {
    expect(resolver.resolve("So Tai chinh").kind).toBe("ambiguous");
  });

  it("suggests the near miss of an unknown agency", () => {
    const match = resolver.resolve("TANDD");
    expect(match.kind).toBe("unknown");
    if (match.kind === "unknown") expect(match.suggestion?.code).toBe("TAND");
  });
});
