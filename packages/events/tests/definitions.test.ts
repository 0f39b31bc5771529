import { describe, expect, it } from "vitest";
import { defaultBackoffMs, defineFunction, functionKey, toInngestEventName } from "../src/index";
import { occurrenceId } from "../src/relay/cron";

describe("defaultBackoffMs", () => {
  it("doubles per failed attempt from 2s, within ±20% jitter", () => {
    expect([1, 2, 3, 4].map((attempt) => defaultBackoffMs(attempt, () => 0.5))).toEqual([2_000, 4_000, 8_000, 16_000]);
    expect(defaultBackoffMs(1, () => 0)).toBe(1_600);
    expect(defaultBackoffMs(1, () => 0.999999)).toBe(2_400);
  });

  it("is capped at ten minutes", () => {
    expect(defaultBackoffMs(30, () => 0.5)).toBe(600_000);
  });
});

describe("defineFunction", () => {
  it("defaults to 4 retries and keys plugin functions by slug", () => {
    const fn = defineFunction({ id: "fan-out", trigger: { event: "*" } }, async () => {});
    expect(fn).toMatchObject({ kind: "tillbox-function", id: "fan-out", retries: 4 });
    expect(functionKey({ plugin: "webhooks", fn })).toBe("webhooks-fan-out");
    expect(functionKey({ fn })).toBe("fan-out");
  });

  it("rejects ids and retries Inngest would not accept, naming the function", () => {
    expect(() => defineFunction({ id: "Fan Out", trigger: { event: "*" } }, async () => {})).toThrow(/"Fan Out" must be kebab-case/);
    expect(() => defineFunction({ id: "x", trigger: { event: "*" }, retries: 21 }, async () => {})).toThrow(/"x": retries/);
  });
});

describe("names and ids", () => {
  it("prefixes event names for Inngest so '*' can be a wildcard", () => {
    expect(toInngestEventName("plugin.enabled")).toBe("tillbox/plugin.enabled");
    expect(toInngestEventName("webhooks/endpoint.created")).toBe("tillbox/webhooks/endpoint.created");
    expect(toInngestEventName("*")).toBe("tillbox/*");
  });

  it("derives one stable uuid per cron occurrence", () => {
    const at = new Date("2030-01-01T00:01:00.000Z");
    expect(occurrenceId("nightly", at)).toBe(occurrenceId("nightly", new Date(at)));
    expect(occurrenceId("nightly", at)).not.toBe(occurrenceId("other", at));
    expect(occurrenceId("nightly", at)).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-5[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
  });
});
