import { describe, expect, it } from "vitest";
import {
  DEVELOPMENT_ENCRYPTION_KEY,
  EncryptionKeyError,
  SecretDecryptionError,
  decryptSecret,
  encryptSecret,
  encryptionKeys,
  secretNeedsReencryption,
} from "../src/encryption";

const oldKey = "q4xGv9Tq0m7bYt1cN2pW8sD3fH6jK5lZ0aE9rU4iO2w=";
const newKey = "Jd0sYp3kW9vL2qX7mB5nC8rT1fG4hZ6aE0uI3oP9yS8=";
const env = (keys: string, NODE_ENV = "test") => ({ NODE_ENV, TILLBOX_ENCRYPTION_KEY: keys });

describe("encrypted secrets", () => {
  it("round-trips without the plaintext in the stored value, fresh IV each time", () => {
    const stored = encryptSecret("whsec_plain", "ctx", env(oldKey));
    expect(stored).toMatch(/^enc:v1:[0-9a-f]{8}:[\w-]+:[\w-]+:[\w-]+$/);
    expect(stored).not.toContain("whsec_plain");
    expect(encryptSecret("whsec_plain", "ctx", env(oldKey))).not.toBe(stored);
    expect(decryptSecret(stored, "ctx", env(oldKey))).toBe("whsec_plain");
  });

  it("rotates: the first key encrypts, every listed key decrypts its own values", () => {
    const underOld = encryptSecret("s1", "ctx", env(oldKey));
    const rotated = env(`${newKey},${oldKey}`);
    const underNew = encryptSecret("s2", "ctx", rotated);
    expect(underNew.split(":")[2]).toBe(encryptionKeys(env(newKey))[0]?.id);
    expect(decryptSecret(underOld, "ctx", rotated)).toBe("s1");
    expect(secretNeedsReencryption(underOld, rotated)).toBe(true);
    expect(secretNeedsReencryption(underNew, rotated)).toBe(false);
    expect(secretNeedsReencryption("whsec_legacy_plaintext", rotated)).toBe(true);
    // Once the old key is dropped its values say which key they need, instead of garbage.
    expect(() => decryptSecret(underOld, "ctx", env(newKey))).toThrow(SecretDecryptionError);
    expect(() => decryptSecret(underOld, "ctx", env(newKey))).toThrow(/not in TILLBOX_ENCRYPTION_KEY/);
  });

  it("refuses a value moved to another context or tampered with", () => {
    const stored = encryptSecret("s1", "webhooks.endpoint:a", env(oldKey));
    expect(() => decryptSecret(stored, "webhooks.endpoint:b", env(oldKey))).toThrow(SecretDecryptionError);
    const parts = stored.split(":");
    parts[4] = Buffer.from("tampered").toString("base64url");
    expect(() => decryptSecret(parts.join(":"), "webhooks.endpoint:a", env(oldKey))).toThrow(/altered/);
    expect(() => decryptSecret("whsec_plain", "ctx", env(oldKey))).toThrow(/not in the enc:v1 format/);
  });

  it("uses the development key outside production and refuses bad keys, naming the variable", () => {
    expect(encryptionKeys({ NODE_ENV: "development" })).toEqual(encryptionKeys(env(DEVELOPMENT_ENCRYPTION_KEY)));
    expect(() => encryptionKeys({ NODE_ENV: "production" })).toThrow(/^TILLBOX_ENCRYPTION_KEY is not set/);
    expect(() => encryptionKeys(env(DEVELOPMENT_ENCRYPTION_KEY, "production"))).toThrow(/public development key/);
    expect(() => encryptionKeys(env("not base64!"))).toThrow(EncryptionKeyError);
    expect(() => encryptionKeys(env(`${oldKey},c2hvcnQ=`))).toThrow(/^TILLBOX_ENCRYPTION_KEY entry 2 is not 32 bytes/);
    expect(() => encryptSecret("s", "ctx", env("c2hvcnQ="))).toThrow(EncryptionKeyError);
  });
});
