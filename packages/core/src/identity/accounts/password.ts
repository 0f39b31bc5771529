import argon2 from "argon2";

/**
 * OWASP Password Storage Cheat Sheet, argon2id option 2: m=19 MiB, t=2, p=1. Changing these values
 * makes `needsRehash` true for old hashes, and the next successful sign-in upgrades them.
 */
export const passwordHashOptions = {
  type: argon2.argon2id,
  memoryCost: 19_456,
  timeCost: 2,
  parallelism: 1,
} as const;

/**
 * Unicode passwords are normalised (NFC, RFC 8265 OpaqueString) so the same password typed on
 * different keyboards or OSes hashes identically. Nothing is trimmed or truncated (ASVS 2.1.3).
 */
export function normalisePassword(password: string): string {
  return password.normalize("NFC");
}

export async function hashPassword(password: string): Promise<string> {
  return argon2.hash(normalisePassword(password), passwordHashOptions);
}

/** False on a malformed hash too: a corrupt row must fail closed, not throw a 500 mid-login. */
export async function verifyPassword(hash: string, password: string): Promise<boolean> {
  try {
    return await argon2.verify(hash, normalisePassword(password));
  } catch {
    return false;
  }
}

export function needsRehash(hash: string): boolean {
  try {
    return argon2.needsRehash(hash, passwordHashOptions);
  } catch {
    return true;
  }
}

let dummyHash: Promise<string> | undefined;

/**
 * Burns the same argon2 work as a real check, for unknown emails and unusable accounts, so response
 * time does not reveal whether an account exists (ASVS 2.2 / 3.x enumeration).
 */
export async function verifyDummyPassword(password: string): Promise<false> {
  dummyHash ??= hashPassword(`dummy-${Math.random()}-${Date.now()}`);
  await verifyPassword(await dummyHash, password);
  return false;
}
