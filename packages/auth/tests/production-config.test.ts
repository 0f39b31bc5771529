import { describe, expect, it } from "vitest";
import { assertProductionConfig, ProductionConfigError } from "../src/production-config";
import { DEVELOPMENT_AUTH_SECRET } from "../src/session";

const secret = "k3Jx9vQ2mWn8pL5tR7yZ1aB4cD6eF0gH";
const ok = { NODE_ENV: "production", AUTH_SECRET: secret, SMTP_URL: "smtp://mail.example.com:587" };

describe("assertProductionConfig", () => {
  it("does nothing outside production, and accepts a complete production config", () => {
    expect(() => assertProductionConfig({ NODE_ENV: "development" })).not.toThrow();
    expect(() => assertProductionConfig(ok)).not.toThrow();
    expect(() => assertProductionConfig({ ...ok, INNGEST_EVENT_KEY: "evt_live_123", INNGEST_SIGNING_KEY: "signkey-prod-abc" })).not.toThrow();
  });

  it.each([
    [{ AUTH_SECRET: undefined }, /^AUTH_SECRET is not set/],
    [{ AUTH_SECRET: DEVELOPMENT_AUTH_SECRET }, /^AUTH_SECRET entry 1 is a well-known default/],
    [{ AUTH_SECRET: "changeme" }, /^AUTH_SECRET entry 1 is a well-known default/],
    [{ AUTH_SECRET: "short" }, /^AUTH_SECRET entry 1 is shorter/],
    [{ SMTP_URL: undefined }, /^SMTP_URL is not set/],
    [{ INNGEST_EVENT_KEY: "evt_live_123" }, /^INNGEST_SIGNING_KEY is not set/],
    [{ INNGEST_EVENT_KEY: "evt_live_123", INNGEST_SIGNING_KEY: "changeme" }, /^INNGEST_SIGNING_KEY is a placeholder/],
    [{ AUTH_GITHUB_ID: "abc" }, /^AUTH_GITHUB_SECRET is not set/],
  ])("refuses %o, naming the variable", (change, message) => {
    const error = (() => {
      try {
        assertProductionConfig({ ...ok, ...change });
      } catch (caught) {
        return caught;
      }
      return null;
    })();
    expect(error).toBeInstanceOf(ProductionConfigError);
    expect((error as Error).message).toMatch(message);
  });
});
