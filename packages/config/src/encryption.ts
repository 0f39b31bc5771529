import { createCipheriv, createDecipheriv, randomBytes } from "node:crypto";
import { ENCRYPTION_KEY_VARIABLE, encryptionKeys, type EncryptionKey } from "./encryption-keys";

export { DEVELOPMENT_ENCRYPTION_KEY, ENCRYPTION_KEY_VARIABLE, EncryptionKeyError, encryptionKeys, type EncryptionKey } from "./encryption-keys";

/**
 * Secrets at rest (values the server must read back, such as HMAC keys): AES-256-GCM with the
 * first key of TILLBOX_ENCRYPTION_KEY, stored as `enc:v1:<key id>:<iv>:<ciphertext>:<tag>`
 * (base64url). The key id lets every listed key decrypt its own values during a rotation. The
 * caller's `context` (e.g. "webhooks.endpoint:<id>") is bound as associated data, so a value
 * copied to another row or feature no longer decrypts.
 */
const PREFIX = "enc:v1:";
const IV_BYTES = 12;
/** Fixed, so a truncated tag (easier to forge) is refused rather than checked on fewer bits. */
const TAG_BYTES = 16;

type Env = Record<string, string | undefined>;

/** A stored value that can't be decrypted with the configured keys (wrong key, tampered, foreign). */
export class SecretDecryptionError extends Error {
  override name = "SecretDecryptionError";
}

export function isEncryptedSecret(value: string): boolean {
  return value.startsWith(PREFIX);
}

export function encryptSecret(plaintext: string, context: string, env: Env = process.env): string {
  const [current] = encryptionKeys(env) as [EncryptionKey, ...EncryptionKey[]];
  const iv = randomBytes(IV_BYTES);
  const cipher = createCipheriv("aes-256-gcm", current.key, iv).setAAD(Buffer.from(context, "utf8"));
  const ciphertext = Buffer.concat([cipher.update(plaintext, "utf8"), cipher.final()]);
  const parts = [iv, ciphertext, cipher.getAuthTag()].map((part) => part.toString("base64url"));
  return `${PREFIX}${current.id}:${parts.join(":")}`;
}

export function decryptSecret(value: string, context: string, env: Env = process.env): string {
  const [keyId, iv, ciphertext, tag] = value.startsWith(PREFIX) ? value.slice(PREFIX.length).split(":") : [];
  if (!keyId || iv === undefined || ciphertext === undefined || tag === undefined) {
    throw new SecretDecryptionError("The stored value is not in the enc:v1 format.");
  }
  const key = encryptionKeys(env).find((candidate) => candidate.id === keyId);
  if (!key) {
    throw new SecretDecryptionError(
      `The stored value was encrypted with key ${keyId}, which is not in ${ENCRYPTION_KEY_VARIABLE}; add that key back (after the current one) until every value is re-encrypted.`,
    );
  }
  try {
    const decipher = createDecipheriv("aes-256-gcm", key.key, Buffer.from(iv, "base64url"), { authTagLength: TAG_BYTES }).setAAD(Buffer.from(context, "utf8"));
    decipher.setAuthTag(Buffer.from(tag, "base64url"));
    return Buffer.concat([decipher.update(Buffer.from(ciphertext, "base64url")), decipher.final()]).toString("utf8");
  } catch {
    // GCM authentication failed: a different key with a colliding id, a tampered value or the wrong context.
    throw new SecretDecryptionError(`The stored value does not decrypt with key ${keyId}: it was altered or belongs elsewhere.`);
  }
}

/** True for plaintext and for values under an older key: re-encrypting moves them to the current key. */
export function secretNeedsReencryption(value: string, env: Env = process.env): boolean {
  return !value.startsWith(currentSecretPrefix(env));
}

/** How every value encrypted with the current key starts: lets a query find rows still to re-encrypt. */
export function currentSecretPrefix(env: Env = process.env): string {
  const [current] = encryptionKeys(env) as [EncryptionKey, ...EncryptionKey[]];
  return `${PREFIX}${current.id}:`;
}
