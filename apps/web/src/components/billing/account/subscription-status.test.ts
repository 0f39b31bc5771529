import { describe, expect, it } from "vitest";
import { availableActions } from "./subscription-status";

describe("availableActions", () => {
  it("offers what each state allows", () => {
    expect(availableActions({ status: "active", cancelAtPeriodEnd: false })).toEqual({
      cancel: true,
      abandon: false,
      resume: false,
      pause: true,
      change: true,
    });
    expect(availableActions({ status: "active", cancelAtPeriodEnd: true })).toEqual({
      cancel: false,
      abandon: false,
      resume: true,
      pause: false,
      change: false,
    });
    expect(availableActions({ status: "trialing", cancelAtPeriodEnd: false })).toEqual({
      cancel: true,
      abandon: false,
      resume: false,
      pause: false,
      change: true,
    });
    expect(availableActions({ status: "paused", cancelAtPeriodEnd: false })).toEqual({
      cancel: true,
      abandon: false,
      resume: true,
      pause: false,
      change: false,
    });
    expect(availableActions({ status: "incomplete", cancelAtPeriodEnd: false })).toEqual({
      cancel: false,
      abandon: true,
      resume: false,
      pause: false,
      change: false,
    });
    expect(availableActions({ status: "canceled", cancelAtPeriodEnd: false })).toEqual({
      cancel: false,
      abandon: false,
      resume: false,
      pause: false,
      change: false,
    });
  });
});
