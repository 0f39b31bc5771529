import { describe, expect, it } from "vitest";
import { dayRange, summariseData } from "./audit-range";

describe("dayRange", () => {
  it("includes the whole last day (the API's `to` is exclusive)", () => {
    const { from, to } = dayRange("2026-05-03", "2026-05-03");
    expect(from).toEqual(new Date(2026, 4, 3));
    expect(to).toEqual(new Date(2026, 4, 4));
  });

  it("leaves out empty or malformed bounds", () => {
    expect(dayRange("", "")).toEqual({ from: undefined, to: undefined });
    expect(dayRange("yesterday", "2026-12-31").to).toEqual(new Date(2027, 0, 1));
  });
});

describe("summariseData", () => {
  it("shortens long JSON and skips empty data", () => {
    expect(summariseData({ key: "ops" })).toBe('{"key":"ops"}');
    expect(summariseData({ text: "x".repeat(200) }, 20)).toHaveLength(20);
    expect(summariseData(null)).toBe("");
  });
});
