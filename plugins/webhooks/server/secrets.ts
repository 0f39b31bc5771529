import { randomBytes } from "node:crypto";
import { decryptSecret, DomainError, encryptSecret, EncryptionKeyError, isEncryptedSecret, SecretDecryptionError } from "@tillbox/plugin-sdk";

const SECRET_PREFIX = "whsec_";

/** 256 random bits; the prefix makes a leaked secret easy to recognise in logs and scanners. */
export function generateSigningSecret(): string {
  return `${SECRET_PREFIX}${randomBytes(32).toString("base64url")}`;
}

/** What the UI may show after creation: enough to tell secrets apart, useless to an attacker. */
export function secretHint(secret: string): string {
  return `${SECRET_PREFIX}…${secret.slice(-4)}`;
}

/** Bound into the ciphertext: a secret copied onto another endpoint's row no longer decrypts. */
function encryptionContext(endpointId: string): string {
  return `webhooks.endpoint:${endpointId}`;
}

/**
 * The value stored in the endpoint's secret columns. A missing or malformed key is a clear,
 * named refusal (never a 500), and the endpoint is not saved without its secret.
 */
export function sealSigningSecret(endpointId: string, secret: string): string {
  try {
    return encryptSecret(secret, encryptionContext(endpointId));
  } catch (error) {
    if (error instanceof EncryptionKeyError) throw new DomainError("ENCRYPTION_KEY_INVALID", error.message, "PRECONDITION_FAILED");
    throw error;
  }
}

/** The secret from its stored value; plaintext from before encryption is still accepted. */
export function openSigningSecret(endpointId: string, stored: string): string {
  if (isEncryptedSecret(stored)) return decryptSecret(stored, encryptionContext(endpointId));
  if (stored.startsWith(SECRET_PREFIX)) return stored;
  throw new SecretDecryptionError("The stored value is neither encrypted nor a signing secret.");
}

export interface SecretHolder {
  id: string;
  secretEncrypted: string;
  previousSecretEncrypted: string | null;
  previousSecretExpiresAt: Date | null;
}

/** Secrets that sign a request now: the current one, plus the previous one during its grace period. */
export function activeSecrets(endpoint: SecretHolder, now: Date = new Date()): string[] {
  const secrets = [openSigningSecret(endpoint.id, endpoint.secretEncrypted)];
  if (endpoint.previousSecretEncrypted && endpoint.previousSecretExpiresAt && endpoint.previousSecretExpiresAt > now) {
    secrets.push(openSigningSecret(endpoint.id, endpoint.previousSecretEncrypted));
  }
  return secrets;
}
