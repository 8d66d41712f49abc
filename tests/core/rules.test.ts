import { describe, expect, it } from "vitest";
import {
  certificateSeats,
  DEFAULT_RULES,
  RULE_DEFINITIONS,
  resolveRules,
  ruleDefinition,
  ruleValue,
} from "../../src/core/rules.js";

describe("rules", () => {
  it("has the contract's defaults", () => {
    const values = Object.fromEntries(
      RULE_DEFINITIONS.map((d) => [d.key, ruleValue(DEFAULT_RULES, d.key)]),
    );
    expect(values).toEqual({
      quorum: "2/3",
      "threshold.percent": "50",
      "threshold.base": "members",
      "threshold.strict": "true",
      "seats.flag": "1",
      "seats.certificate": "auto",
      "seats.head": "1",
      "seats.deputy": "1",
      "leaders.mode": "vote",
    });
    for (const definition of RULE_DEFINITIONS) {
      expect(ruleValue(DEFAULT_RULES, definition.key), definition.key).toBe(definition.default);
    }
  });

  it.each([
    ["quorum", "3/4", true],
    ["quorum", "66.67%", true],
    ["quorum", "4/3", false],
    ["quorum", "1/0", false],
    ["quorum", "two thirds", false],
    ["threshold.percent", "50", true],
    ["threshold.percent", "66.67", true],
    ["threshold.percent", "66,5", true],
    ["threshold.percent", "101", false],
    ["threshold.percent", "-1", false],
    ["threshold.percent", "50.123", false],
    ["threshold.base", "present", true],
    ["threshold.base", "all", false],
    ["threshold.strict", "false", true],
    ["threshold.strict", "maybe", false],
    ["seats.flag", "2", true],
    ["seats.flag", "0", false],
    ["seats.certificate", "auto", true],
    ["seats.certificate", "3", true],
    ["seats.certificate", "1.5", false],
    ["leaders.mode", "rotation", true],
    ["leaders.mode", "lottery", false],
  ])("%s = %s is %s", (key, value, valid) => {
    expect(ruleDefinition(key)?.parse(value) !== undefined).toBe(valid);
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

  it.each([
    [4, 1],
    [5, 1],
    [9, 1],
    [10, 2],
    [14, 2],
    [15, 3],
  ])("auto certificate seats for %i members: %i (max(1, floor(members / 5)))", (members, seats) => {
    expect(certificateSeats(DEFAULT_RULES, members)).toBe(seats);
  });

  it("uses a fixed certificate seat count when one is set", () => {
    expect(certificateSeats(resolveRules([{ key: "seats.certificate", value: "4" }]), 10)).toBe(4);
  });
});
