import argon2 from "argon2";
import { describe, expect, it } from "vitest";
import { DomainError, assertPasswordPolicy, checkPassword, hashPassword, needsRehash, verifyPassword } from "../src";

describe("password policy (ASVS 2.1)", () => {
  it("enforces 12–128 characters, counting code points and collapsing runs of spaces", () => {
    expect(checkPassword("short-pass1")).toBe("too_short");
    expect(checkPassword("a     b     c")).toBe("too_short");
    expect(checkPassword("x".repeat(60) + "yz".repeat(40))).toBe("too_long");
    expect(checkPassword("🦊🐻🐼🐨🐯🦁🐮🐷🐸🐵🐔🐧")).toBeNull();
    expect(checkPassword("violet-harbour-tram-42")).toBeNull();
  });

  it("rejects common passwords and light disguises of them", () => {
    for (const weak of ["password1234", "Password123456", "P@ssw0rd2024!", "qwertyuiop12", "Summer2025!!!", "iloveyou1234", "123456789012", "letmeinletmein"]) {
      expect(checkPassword(weak), weak).toBe("common");
    }
    expect(checkPassword("aaaaaaaaaaaaab")).toBe("repetitive");
  });

  it("throws WEAK_PASSWORD naming the field", () => {
    expect(() => assertPasswordPolicy("short", "newPassword")).toThrow(DomainError);
    expect(() => assertPasswordPolicy("short", "newPassword")).toThrow(/^newPassword must be at least 12 characters$/);
  });
});

describe("password hashing", () => {
  it("uses argon2id with the OWASP parameters and verifies", async () => {
    const hash = await hashPassword("violet-harbour-tram-42");
    expect(hash).toMatch(/^\$argon2id\$v=19\$m=19456,t=2,p=1\$/);
    expect(await verifyPassword(hash, "violet-harbour-tram-42")).toBe(true);
    expect(await verifyPassword(hash, "violet-harbour-tram-43")).toBe(false);
    expect(await verifyPassword("not-a-hash", "anything")).toBe(false);
    expect(needsRehash(hash)).toBe(false);
  });

  it("normalises Unicode so composed and decomposed input match", async () => {
    const hash = await hashPassword("Grüße-aus-Köln-2024");
    expect(await verifyPassword(hash, "Gru\u0308ße-aus-Ko\u0308ln-2024")).toBe(true);
  });

  it("flags hashes made with older parameters for rehash", async () => {
    const old = await argon2.hash("violet-harbour-tram-42", { type: argon2.argon2id, memoryCost: 4096, timeCost: 1, parallelism: 1 });
    expect(needsRehash(old)).toBe(true);
  });
});
