import { currentSecretPrefix, secretNeedsReencryption, type Db } from "@tillbox/plugin-sdk";
import { activeSecrets, openSigningSecret, sealSigningSecret, type SecretHolder } from "./secrets";

/** True when a secret column is plaintext (from before encryption) or under an older key. */
export function needsReencryption(endpoint: SecretHolder): boolean {
  const { secretEncrypted, previousSecretEncrypted } = endpoint;
  return secretNeedsReencryption(secretEncrypted) || (previousSecretEncrypted !== null && secretNeedsReencryption(previousSecretEncrypted));
}

/**
 * Rewrites one endpoint's secrets under the current key. Conditional on the stored values, so
 * a rotation that landed in between wins. Returns false when nothing was written.
 */
export async function reencryptEndpoint(db: Db, endpoint: SecretHolder): Promise<boolean> {
  const { id, secretEncrypted, previousSecretEncrypted } = endpoint;
  const { count } = await db.webhookEndpoint.updateMany({
    where: { id, secretEncrypted, previousSecretEncrypted },
    data: {
      secretEncrypted: sealSigningSecret(id, openSigningSecret(id, secretEncrypted)),
      previousSecretEncrypted: previousSecretEncrypted === null ? null : sealSigningSecret(id, openSigningSecret(id, previousSecretEncrypted)),
    },
  });
  return count === 1;
}

export interface ReencryptionReport {
  reencrypted: number;
  /** Rows whose values no configured key opens; their ids, so an operator can look. */
  failed: string[];
}

/**
 * Moves every endpoint whose secrets are plaintext or under an older key to the current key, a
 * page at a time. The retry cron calls it every minute, so after a key rotation (or the upgrade
 * that brought encryption) every row is rewritten without waiting for its next delivery.
 */
export async function reencryptEndpointSecrets(db: Db, pageSize = 100): Promise<ReencryptionReport> {
  const prefix = currentSecretPrefix();
  const report: ReencryptionReport = { reencrypted: 0, failed: [] };
  let after: string | undefined;
  for (;;) {
    const page = await db.webhookEndpoint.findMany({
      where: {
        ...(after ? { id: { gt: after } } : {}),
        OR: [
          { NOT: { secretEncrypted: { startsWith: prefix } } },
          { previousSecretEncrypted: { not: null }, NOT: { previousSecretEncrypted: { startsWith: prefix } } },
        ],
      },
      select: { id: true, secretEncrypted: true, previousSecretEncrypted: true, previousSecretExpiresAt: true },
      orderBy: { id: "asc" },
      take: pageSize,
    });
    for (const endpoint of page) {
      try {
        if (await reencryptEndpoint(db, endpoint)) report.reencrypted += 1;
      } catch {
        // Undecryptable rows are skipped (and reported), never allowed to stop the others.
        report.failed.push(endpoint.id);
      }
    }
    if (page.length < pageSize) return report;
    after = page.at(-1)?.id;
  }
}

/**
 * The secrets that sign a delivery now, or why they can't be had (a missing or wrong key). The
 * caller logs that as a failed attempt: one endpoint's unreadable secret never stops the others.
 * Reading a plaintext or old-key row re-encrypts it on the spot, best effort.
 */
export async function loadSigningSecrets(db: Db, endpoint: SecretHolder, now: Date): Promise<{ secrets: string[] } | { error: string }> {
  let secrets: string[];
  try {
    secrets = activeSecrets(endpoint, now);
  } catch (error) {
    return { error: `Signing secret can't be read: ${error instanceof Error ? error.message : String(error)}` };
  }
  try {
    if (needsReencryption(endpoint)) await reencryptEndpoint(db, endpoint);
  } catch {
    // The cron's sweep tries again and reports the row; this delivery can go out regardless.
  }
  return { secrets };
}
