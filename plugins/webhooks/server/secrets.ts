import { randomBytes } from "node:crypto";

const SECRET_PREFIX = "whsec_";

/** 256 random bits; the prefix makes a leaked secret easy to recognise in logs and scanners. */
export function generateSigningSecret(): string {
  return `${SECRET_PREFIX}${randomBytes(32).toString("base64url")}`;
}

/** What the UI may show after creation: enough to tell secrets apart, useless to an attacker. */
export function secretHint(secret: string): string {
  return `${SECRET_PREFIX}…${secret.slice(-4)}`;
}

interface SecretHolder {
  secret: string;
  previousSecret: string | null;
  previousSecretExpiresAt: Date | null;
}

/** Secrets that sign a request now: the current one, plus the previous one during its grace period. */
export function activeSecrets(endpoint: SecretHolder, now: Date = new Date()): string[] {
  const secrets = [endpoint.secret];
  if (endpoint.previousSecret && endpoint.previousSecretExpiresAt && endpoint.previousSecretExpiresAt > now) {
    secrets.push(endpoint.previousSecret);
  }
  return secrets;
}
