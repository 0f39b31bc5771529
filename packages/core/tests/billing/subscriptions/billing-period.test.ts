import { describe, expect, it } from "vitest";
import { billingPeriod, periodIndexAt } from "../../../src";

const iso = (date: Date) => date.toISOString();
const starts = (anchor: string, interval: "week" | "month" | "year", count: number, n: number) =>
  Array.from({ length: n }, (_, index) => iso(billingPeriod(new Date(anchor), interval, count, index).start).slice(0, 10));

describe("billingPeriod (Stripe-style anchoring)", () => {
  it("anchors months on Jan 31: Feb 28, Mar 31, Apr 30 … from the anchor, never chained", () => {
    expect(starts("2026-01-31T10:20:30.000Z", "month", 1, 13)).toEqual([
      "2026-01-31",
      "2026-02-28",
      "2026-03-31",
      "2026-04-30",
      "2026-05-31",
      "2026-06-30",
      "2026-07-31",
      "2026-08-31",
      "2026-09-30",
      "2026-10-31",
      "2026-11-30",
      "2026-12-31",
      "2027-01-31",
    ]);
    // Chaining would have stuck at the 28th after February.
    expect(iso(billingPeriod(new Date("2026-01-31T10:20:30.000Z"), "month", 1, 2).start)).toBe("2026-03-31T10:20:30.000Z");
  });

  it("gives February 29 in a leap year and keeps the time of day", () => {
    const period = billingPeriod(new Date("2028-01-30T23:59:59.000Z"), "month", 1, 1);
    expect(iso(period.start)).toBe("2028-02-29T23:59:59.000Z");
    expect(iso(period.end)).toBe("2028-03-30T23:59:59.000Z");
  });

  it("anchors years on Feb 29: Feb 28 in common years, Feb 29 again in the next leap year", () => {
    expect(starts("2024-02-29T00:00:00.000Z", "year", 1, 5)).toEqual(["2024-02-29", "2025-02-28", "2026-02-28", "2027-02-28", "2028-02-29"]);
  });

  it("makes weeks exactly 7 × 24 hours and supports interval counts (quarters, fortnights)", () => {
    const week = billingPeriod(new Date("2026-03-26T12:00:00.000Z"), "week", 1, 3);
    expect(iso(week.start)).toBe("2026-04-16T12:00:00.000Z");
    expect(week.end.getTime() - week.start.getTime()).toBe(7 * 86_400_000);
    expect(starts("2026-01-31T00:00:00.000Z", "month", 3, 4)).toEqual(["2026-01-31", "2026-04-30", "2026-07-31", "2026-10-31"]);
    expect(starts("2026-01-01T00:00:00.000Z", "week", 2, 3)).toEqual(["2026-01-01", "2026-01-15", "2026-01-29"]);
  });

  it("produces contiguous periods: each ends where the next starts", () => {
    for (const [anchor, interval, count] of [
      ["2026-01-31T08:00:00Z", "month", 1],
      ["2024-02-29T00:00:00Z", "year", 1],
      ["2026-05-31T00:00:00Z", "month", 2],
      ["2026-01-01T00:00:00Z", "week", 1],
    ] as const) {
      for (let index = 0; index < 60; index += 1) {
        expect(billingPeriod(new Date(anchor), interval, count, index).end.getTime()).toBe(
          billingPeriod(new Date(anchor), interval, count, index + 1).start.getTime(),
        );
      }
    }
  });

  it("refuses one-time plans, bad counts and negative indexes with a named error", () => {
    const anchor = new Date("2026-01-01T00:00:00Z");
    expect(() => billingPeriod(anchor, "one_time", 1, 0)).toThrow(/one-time/);
    expect(() => billingPeriod(anchor, "month", 0, 0)).toThrow(/intervalCount/);
    expect(() => billingPeriod(anchor, "month", 1, -1)).toThrow(/index/);
    expect(() => billingPeriod(anchor, "month", 1, 1.5)).toThrow(/index/);
  });

  it("finds the period containing an instant", () => {
    const anchor = new Date("2026-01-31T00:00:00Z");
    expect(periodIndexAt(anchor, "month", 1, new Date("2026-02-27T23:59:59Z"))).toBe(0);
    expect(periodIndexAt(anchor, "month", 1, new Date("2026-02-28T00:00:00Z"))).toBe(1);
    expect(periodIndexAt(anchor, "month", 1, new Date("2027-01-30T00:00:00Z"))).toBe(11);
    expect(periodIndexAt(anchor, "week", 1, new Date("2026-03-01T00:00:00Z"))).toBe(4);
  });
});
