import { describe, expect, it } from "vitest";
import {
  canonicalKey,
  DEFAULT_RULES,
  parseSeats,
  RULE_DEFINITIONS,
  raceSeats,
  racesOf,
  raceThreshold,
  resolveRules,
  ruleDefinition,
  ruleValue,
} from "../../src/core/rules.js";

describe("rules: the contract's keys and defaults (cli-contract.md, Regulation keys)", () => {
  it("has the contract's defaults", () => {
    const values = Object.fromEntries(
      RULE_DEFINITIONS.filter((d) => !d.key.match(/^threshold\.[a-z]+\.|^label\./)).map((d) => [
        d.key,
        ruleValue(DEFAULT_RULES, d.key),
      ]),
    );
    expect(values).toEqual({
      quorum: "2/3",
      "races.awards": "flag,certificate",
      "seats.govflag": "1",
      "seats.flag": "1",
      "seats.certificate": "20% remaining, min 1",
      "seats.head": "1",
      "seats.deputy": "1",
      "threshold.percent": "50",
      "threshold.base": "members",
      "threshold.strict": "true",
      order: "votes-first",
      "ballot.mark": "tick",
      "ballot.blank": "valid",
      "leaders.mode": "vote",
      "leaders.exclude-ineligible": "false",
    });
    for (const definition of RULE_DEFINITIONS) {
      expect(ruleValue(DEFAULT_RULES, definition.key), definition.key).toBe(definition.default);
    }
  });

  it("cites no source that is not a rule for blocs", () => {
    for (const definition of RULE_DEFINITIONS) {
      expect(definition.source, definition.key).not.toMatch(/State Audit|08\/2017/);
    }
  });

  it.each([
    // [key, value, accepted, source of the rule]
    ["quorum", "3/4", true, "bloc regulation"],
    ["quorum", "66.67%", true, "bloc regulation"],
    ["quorum", "4/3", false, "a fraction at most 1"],
    ["quorum", "1/0", false, "a fraction"],
    ["quorum", "two thirds", false, "a fraction"],
    ["races.awards", "govflag,flag,certificate", true, "Quảng Ninh QĐ 1174/QĐ-UBND 2017"],
    ["races.awards", "cờ chính phủ, bằng khen", true, "Vietnamese aliases"],
    ["races.awards", "flag,flag", false, "each race once"],
    ["races.awards", "head", false, "award races only"],
    ["label.flag", "Cờ 'Đơn vị dẫn đầu phong trào thi đua'", true, "the province's name"],
    ["seats.flag", "2", true, "Bắc Ninh Khối Nội chính 2022: 2 flags"],
    ["seats.flag", "0", true, "0 = not held"],
    ["seats.certificate", "20% remaining, min 1", true, "Quảng Ninh QĐ 1174/QĐ-UBND 2017"],
    ["seats.certificate", "50% còn lại, tối thiểu 1", true, "Quảng Ninh, clusters of localities"],
    ["seats.certificate", "auto", true, "the old default, kept for stored values"],
    ["seats.certificate", "1.5", false, "whole seats"],
    ["seats.certificate", "20% of some", false, "P% remaining only"],
    ["threshold.percent", "66.67", true, "TT 04/2016/TT-TANDTC: 2/3"],
    ["threshold.percent", "66,5", true, "decimal comma"],
    ["threshold.percent", "101", false, "at most 100"],
    ["threshold.percent", "50.123", false, "two decimals"],
    ["threshold.base", "returned", true, "Youth Union counting guide"],
    ["threshold.base", "thanhvien", true, "Vietnamese alias"],
    ["threshold.base", "Phiếu hợp lệ", true, "TT 01/2021/TT-BNV, Vietnamese"],
    ["threshold.base", "all", false, "a named base"],
    ["threshold.flag.percent", "80", true, "TT 01/2019/TT-VKSTC: 80% for one race"],
    ["threshold.flag.strict", "false", true, "at least"],
    ["threshold.strict", "maybe", false, "true or false"],
    ["order", "score-first", true, "Ninh Thuận; Trà Ôn 2022"],
    ["order", "điểm trước", true, "Vietnamese alias"],
    ["order", "lots", false, "never lots"],
    ["ballot.mark", "gạch tên", true, "gạch tên"],
    ["ballot.blank", "khonghople", true, "counting guides"],
    ["leaders.mode", "luanphien", true, "VUSTA cluster 2 2024 (rotation)"],
    ["leaders.mode", "top-unit", true, "Bắc Ninh 2022"],
    ["leaders.mode", "chỉ định", true, "procuracy (appointed)"],
    ["leaders.mode", "lottery", false, "no such mode"],
    ["leaders.exclude-ineligible", "có", true, "procuracy"],
  ])("%s = %s is %s (%s)", (key, value, valid) => {
    expect(ruleDefinition(key)?.parse(value) !== undefined).toBe(valid);
  });

  it.each([
    ["so-suat.bang-khen", "seats.certificate"],
    ["nguong.co-thi-dua.ty-le", "threshold.flag.percent"],
    ["lanh-dao.cach-chon", "leaders.mode"],
    ["thu-tu", "order"],
    ["seats.nothing", undefined],
  ])("key alias %s is %s", (alias, key) => {
    expect(canonicalKey(alias)).toBe(key);
  });

  it("applies bloc-wide settings, then the year's own", () => {
    const rules = resolveRules([
      { key: "threshold.base", value: "present" },
      { key: "threshold.percent", value: "66.67" },
      { key: "threshold.base", value: "valid" },
    ]);
    expect(rules.threshold).toEqual({ percentHundredths: 6667, base: "valid", strict: true });
    expect(ruleValue(rules, "threshold.percent")).toBe("66.67");
  });

  it("a race's own threshold overrides the bloc-wide one (TT 04/2016/TT-TANDTC)", () => {
    const rules = resolveRules([
      { key: "threshold.flag.percent", value: "66.67" },
      { key: "threshold.flag.strict", value: "false" },
    ]);
    expect(raceThreshold(rules, "flag")).toEqual({
      percentHundredths: 6667,
      base: "members",
      strict: false,
    });
    expect(raceThreshold(rules, "certificate")).toEqual(DEFAULT_RULES.threshold);
    expect(ruleValue(rules, "threshold.certificate.percent")).toBe("50");
  });
});

describe("seats of a race (domain.md, Races and seats)", () => {
  it.each([
    // [settings, members, race, seats, source]
    [[], 10, "certificate", 1, "default 20% of the 9 remaining, min 1"],
    [[], 4, "certificate", 1, "default: at least 1"],
    [[], 16, "certificate", 3, "default: floor(0.2 × 15)"],
    [[], 10, "govflag", 0, "not held unless in races.awards"],
    [
      [{ key: "races.awards", value: "govflag,flag,certificate" }],
      22,
      "certificate",
      4,
      "Quảng Ninh QĐ 1174/QĐ-UBND 2017: 20% of the 20 left",
    ],
    [
      [{ key: "seats.certificate", value: "50% remaining" }],
      11,
      "certificate",
      5,
      "Quảng Ninh, localities",
    ],
    [[{ key: "seats.certificate", value: "20%" }], 12, "certificate", 2, "20% of members"],
    [
      [{ key: "seats.certificate", value: "20%" }],
      4,
      "certificate",
      0,
      "rounded down, 0 = not held",
    ],
    [[{ key: "seats.certificate", value: "4" }], 10, "certificate", 4, "a fixed number"],
    [[{ key: "seats.certificate", value: "auto" }], 10, "certificate", 2, "old auto = floor(n/5)"],
    [[{ key: "seats.flag", value: "3" }], 10, "flag", 3, "Nghệ An 2015: 3 flags"],
    [[{ key: "seats.flag", value: "0" }], 10, "flag", 0, "not held this year"],
  ] as const)(
    "%j with %i members: %s has %i seats (%s)",
    (settings, members, race, seats, _source) => {
      expect(raceSeats(race, resolveRules(settings), members)).toBe(seats);
    },
  );

  it("the races of a regulation: award races in its order, then head and deputy", () => {
    expect(racesOf(DEFAULT_RULES)).toEqual(["flag", "certificate", "head", "deputy"]);
    const quangNinh = resolveRules([{ key: "races.awards", value: "govflag,flag,certificate" }]);
    expect(racesOf(quangNinh)).toEqual(["govflag", "flag", "certificate", "head", "deputy"]);
  });

  it("parses and writes seats back in the canonical form", () => {
    expect(parseSeats("20 % còn lại, tối thiểu 1")).toEqual({
      kind: "percent",
      hundredths: 2000,
      of: "remaining",
      min: 1,
    });
  });
});
