import { createHash, randomBytes } from "node:crypto";
import type { DbOrTx } from "@tillbox/db";

export type TokenPurpose = "verify_email" | "reset_password" | "magic_link" | "change_email";

/** Short for what can sign someone in (magic link) or take over (reset); longer for mere proofs of address. */
export const tokenLifetimeMs: Record<TokenPurpose, number> = {
  verify_email: 48 * 60 * 60 * 1000,
  reset_password: 60 * 60 * 1000,
  magic_link: 15 * 60 * 1000,
  change_email: 24 * 60 * 60 * 1000,
};

/** Only this digest is stored, so a database leak does not hand out working links. */
export function hashToken(token: string): string {
  return createHash("sha256").update(token, "utf8").digest("hex");
}

export interface IssueTokenInput {
  tenantId: string;
  userId: string;
  purpose: TokenPurpose;
  newEmail?: string;
  now: Date;
}

/**
 * 32 random bytes, base64url. Earlier unused tokens of the same purpose are burnt: only the latest
 * mail works, so an old link lying in an inbox cannot be replayed.
 */
export async function issueToken(tx: DbOrTx, input: IssueTokenInput): Promise<string> {
  const token = randomBytes(32).toString("base64url");
  await tx.authToken.updateMany({
    where: { tenantId: input.tenantId, userId: input.userId, purpose: input.purpose, usedAt: null },
    data: { usedAt: input.now },
  });
  await tx.authToken.create({
    data: {
      tenantId: input.tenantId,
      userId: input.userId,
      purpose: input.purpose,
      tokenHash: hashToken(token),
      newEmail: input.newEmail ?? null,
      expiresAt: new Date(input.now.getTime() + tokenLifetimeMs[input.purpose]),
    },
  });
  return token;
}

export interface ConsumedToken {
  id: string;
  userId: string;
  newEmail: string | null;
}

/**
 * Marks the token used with one conditional UPDATE (… WHERE used_at IS NULL AND expires_at > now):
 * of two concurrent requests with the same token, Postgres lets exactly one match. Returns null for
 * unknown, used, expired and wrong-purpose tokens alike, so callers cannot tell them apart.
 */
export async function consumeToken(tx: DbOrTx, input: { tenantId: string; purpose: TokenPurpose; token: string; now: Date }): Promise<ConsumedToken | null> {
  if (typeof input.token !== "string" || input.token.length === 0 || input.token.length > 128) return null;
  const tokenHash = hashToken(input.token);
  const claimed = await tx.authToken.updateMany({
    where: {
      tokenHash,
      tenantId: input.tenantId,
      purpose: input.purpose,
      usedAt: null,
      expiresAt: { gt: input.now },
    },
    data: { usedAt: input.now },
  });
  if (claimed.count !== 1) return null;
  const row = await tx.authToken.findUniqueOrThrow({ where: { tokenHash } });
  return { id: row.id, userId: row.userId, newEmail: row.newEmail };
}
