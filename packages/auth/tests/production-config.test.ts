import { describe, expect, it } from "vitest";
import { assertProductionConfig, ProductionConfigError } from "../src/production-config";
import { DEVELOPMENT_ENCRYPTION_KEY } from "@tillbox/config/encryption";
import { DEVELOPMENT_AUTH_SECRET } from "../src/session";

const secret = "k3Jx9vQ2mWn8pL5tR7yZ1aB4cD6eF0gH";
const encryptionKey = "q4xGv9Tq0m7bYt1cN2pW8sD3fH6jK5lZ0aE9rU4iO2w=";
const ok = { NODE_ENV: "production", AUTH_SECRET: secret, SMTP_URL: "smtp://mail.example.com:587", TILLBOX_ENCRYPTION_KEY: encryptionKey };

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
    [{ TILLBOX_ENCRYPTION_KEY: undefined }, /^TILLBOX_ENCRYPTION_KEY is not set/],
    [{ TILLBOX_ENCRYPTION_KEY: DEVELOPMENT_ENCRYPTION_KEY }, /^TILLBOX_ENCRYPTION_KEY entry 1 is the public development key/],
    [{ TILLBOX_ENCRYPTION_KEY: `${encryptionKey},c2hvcnQ=` }, /^TILLBOX_ENCRYPTION_KEY entry 2 is not 32 bytes/],
    [{ INNGEST_EVENT_KEY: "evt_live_123" }, /^INNGEST_SIGNING_KEY is not set/],
    [{ INNGEST_EVENT_KEY: "evt_live_123", INNGEST_SIGNING_KEY: "changeme" }, /^INNGEST_SIGNING_KEY is a placeholder/],
    // Only a base URL used to mean unsigned dev mode: production now needs both keys.
    [{ INNGEST_BASE_URL: "http://inngest:8288" }, /^INNGEST_SIGNING_KEY is not set: Inngest is on \(INNGEST_BASE_URL\)/],
    [{ INNGEST_BASE_URL: "http://inngest:8288", INNGEST_SIGNING_KEY: "signkey-prod-9f2c4e1a" }, /^INNGEST_EVENT_KEY is not set/],
    // The values docker-compose.yml once shipped, and keys of one repeated character.
    [{ INNGEST_EVENT_KEY: "evt_live_123", INNGEST_SIGNING_KEY: `signkey-prod-${"0".repeat(64)}` }, /^INNGEST_SIGNING_KEY is a placeholder or publicly known/],
    [{ INNGEST_EVENT_KEY: "local-dev-event-key", INNGEST_SIGNING_KEY: "signkey-prod-9f2c4e1a" }, /^INNGEST_EVENT_KEY is a placeholder or publicly known/],
    [{ INNGEST_EVENT_KEY: "evt_live_123", INNGEST_SIGNING_KEY: `signkey-test-${"f".repeat(64)}` }, /^INNGEST_SIGNING_KEY is a placeholder/],
    [
      { INNGEST_BASE_URL: "http://inngest:8288", INNGEST_EVENT_KEY: "0000000000000000", INNGEST_SIGNING_KEY: "signkey-prod-9f2c4e1a" },
      /^INNGEST_EVENT_KEY is a placeholder/,
    ],
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
