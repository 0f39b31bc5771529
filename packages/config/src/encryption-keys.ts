import { createHash } from "node:crypto";

export const ENCRYPTION_KEY_VARIABLE = "TILLBOX_ENCRYPTION_KEY";

/** Used outside production only, so a fresh clone runs without setup; public, so production refuses it. */
export const DEVELOPMENT_ENCRYPTION_KEY = "ZQ21NpKmpPPNM+lSKlhGiDdlQNcmhmTY1q1HAYzwxMM=";

const KEY_BYTES = 32;
const BASE64 = /^[A-Za-z0-9+/_-]+={0,2}$/;

/** The environment's encryption keys are missing or malformed; the message names the variable. */
export class EncryptionKeyError extends Error {
  override name = "EncryptionKeyError";
}

export interface EncryptionKey {
  /** Derived from the key itself, so operators never name keys and a value always finds its own. */
  id: string;
  key: Buffer;
}

type Env = Record<string, string | undefined>;

let cached: { raw: string; production: boolean; keys: EncryptionKey[] } | undefined;

/**
 * TILLBOX_ENCRYPTION_KEY as a comma-separated list of 32-byte base64 keys: the first encrypts,
 * every entry decrypts. Rotate by prepending a new key; drop the old one once every value has
 * been re-encrypted. Production throws, naming the variable, on a missing, malformed or
 * development key; elsewhere an unset variable means the built-in development key.
 */
export function encryptionKeys(env: Env = process.env): EncryptionKey[] {
  const raw = env[ENCRYPTION_KEY_VARIABLE] ?? "";
  const production = env.NODE_ENV === "production";
  if (cached?.raw === raw && cached.production === production) return cached.keys;
  const entries = raw
    .split(",")
    .map((entry) => entry.trim())
    .filter((entry) => entry.length > 0);
  if (entries.length === 0 && production) {
    throw new EncryptionKeyError(`${ENCRYPTION_KEY_VARIABLE} is not set; production needs a random 32-byte key, base64 (\`openssl rand -base64 32\`).`);
  }
  const keys = (entries.length > 0 ? entries : [DEVELOPMENT_ENCRYPTION_KEY]).map((entry, index) => {
    if (production && entry === DEVELOPMENT_ENCRYPTION_KEY) {
      throw new EncryptionKeyError(`${ENCRYPTION_KEY_VARIABLE} entry ${index + 1} is the public development key; set a random key.`);
    }
    return parseKey(entry, index);
  });
  cached = { raw, production, keys };
  return keys;
}

function parseKey(entry: string, index: number): EncryptionKey {
  const key = BASE64.test(entry) ? Buffer.from(entry, entry.includes("-") || entry.includes("_") ? "base64url" : "base64") : null;
  if (!key || key.length !== KEY_BYTES) {
    throw new EncryptionKeyError(
      `${ENCRYPTION_KEY_VARIABLE} entry ${index + 1} is not ${KEY_BYTES} bytes of base64 (generate one with \`openssl rand -base64 32\`).`,
    );
  }
  return { id: createHash("sha256").update(key).digest("hex").slice(0, 8), key };
}
