import { z } from "zod";
import type { Db } from "@tillbox/db";
import { recordAudit } from "../../audit/record-audit";
import { DomainError } from "../../errors";
import { apiKeyPrefix, generateApiKey, hashApiKey, sameHash } from "./api-key-format";
import { refuseWhileImpersonated } from "./impersonation-guard";
import { auditOrigin, holds, holdsAll, type AccessActor } from "./permissions";
import { ALL_SCOPES } from "./scope-catalogue";
import { isUuid } from "./uuid";

/** A key as listed: never the secret, only its prefix. */
export const apiKeyViewSchema = z.object({
  id: z.string(),
  userId: z.string(),
  name: z.string(),
  prefix: z.string(),
  scopes: z.array(z.string()),
  lastUsedAt: z.date().nullable(),
  expiresAt: z.date().nullable(),
  revokedAt: z.date().nullable(),
  createdAt: z.date(),
});
export type ApiKeyView = z.infer<typeof apiKeyViewSchema>;

const viewSelect = {
  id: true,
  userId: true,
  name: true,
  prefix: true,
  scopes: true,
  lastUsedAt: true,
  expiresAt: true,
  revokedAt: true,
  createdAt: true,
} as const;

/** lastUsedAt is a hint for operators, not a log: written at most this often per key. */
const LAST_USED_RESOLUTION_MS = 60_000;

export interface CreateApiKeyInput {
  name: string;
  scopes: string[];
  expiresAt?: Date | null;
}

/** Returns the full key once; afterwards only its prefix can be shown. Refused under impersonation (the key would outlive it). */
export async function createApiKey(
  db: Db,
  actor: AccessActor,
  input: CreateApiKeyInput,
  allScopes: readonly string[],
  now = new Date(),
): Promise<ApiKeyView & { key: string }> {
  const userId = actor.actorId;
  if (!userId) throw new DomainError("API_KEY_NEEDS_USER", "API keys belong to a signed-in user.", "PRECONDITION_FAILED");
  refuseWhileImpersonated(actor, "Creating an API key");
  const scopes = [...new Set(input.scopes)].sort();
  if (scopes.length === 0) throw new DomainError("API_KEY_SCOPES_EMPTY", "Choose at least one scope (field: scopes).");
  const unknown = scopes.find((scope) => !allScopes.includes(scope));
  if (unknown) throw new DomainError("UNKNOWN_SCOPE", `Unknown scope "${unknown}" (field: scopes).`);
  if (!holdsAll(actor.permissions, scopes, allScopes)) {
    throw new DomainError("SCOPE_NOT_HELD", "A key can only carry scopes you hold yourself (field: scopes).", "FORBIDDEN");
  }
  if (input.expiresAt && input.expiresAt <= now) {
    throw new DomainError("API_KEY_EXPIRY_PAST", "The expiry must be in the future (field: expiresAt).");
  }
  const { key, prefix, hash } = generateApiKey();
  return db.$transaction(async (tx) => {
    const row = await tx.apiKey.create({
      data: { tenantId: actor.tenantId, userId, name: input.name, prefix, keyHash: hash, scopes, expiresAt: input.expiresAt ?? null },
      select: viewSelect,
    });
    await recordAudit(tx, {
      ...auditOrigin(actor),
      action: "api_key.create",
      targetType: "api_key",
      targetId: row.id,
      data: { name: row.name, prefix, scopes },
    });
    return { ...row, key };
  });
}

export function listApiKeys(db: Db, tenantId: string, userId: string): Promise<ApiKeyView[]> {
  return db.apiKey.findMany({ where: { tenantId, userId }, select: viewSelect, orderBy: { createdAt: "desc" } });
}

/**
 * Your own key, or anyone's in the tenant with users:manage. Revoking twice is a no-op. Not under
 * impersonation: support revokes a leaked key from the back-office, as themselves.
 */
export async function revokeApiKey(db: Db, actor: AccessActor, id: string, now = new Date()): Promise<ApiKeyView> {
  refuseWhileImpersonated(actor, "Revoking an API key");
  return db.$transaction(async (tx) => {
    const row = isUuid(id) ? await tx.apiKey.findFirst({ where: { id, tenantId: actor.tenantId }, select: viewSelect }) : null;
    const mayRevoke = row && (row.userId === actor.actorId || holds(actor.permissions, "users:manage"));
    if (!row || !mayRevoke) throw new DomainError("API_KEY_NOT_FOUND", `No API key with id "${id}" (field: id).`, "NOT_FOUND");
    if (row.revokedAt) return row;
    const revoked = await tx.apiKey.update({ where: { id }, data: { revokedAt: now }, select: viewSelect });
    await recordAudit(tx, {
      ...auditOrigin(actor),
      action: "api_key.revoke",
      targetType: "api_key",
      targetId: id,
      data: { prefix: row.prefix, ownerId: row.userId },
    });
    return revoked;
  });
}

export interface ApiKeyPrincipal {
  keyId: string;
  userId: string;
  tenantId: string;
  /** The key's scopes the owner still holds: demoting a user narrows their keys at once. */
  scopes: Set<string>;
}

interface KeyRow {
  id: string;
  tenant_id: string;
  user_id: string;
  key_hash: string;
  scopes: string[];
  last_used_at: Date | null;
  expires_at: Date | null;
  revoked_at: Date | null;
  user_active: boolean;
  wildcard: boolean;
  granted: string[];
}

/**
 * The caller behind a presented key, or null for anything not a live key of an active user.
 * Every API request runs this, so the key, its owner's status and the owner's role scopes (roles of
 * the owner's own tenant only, as resolveGrants reads them) come back in one statement.
 */
export async function authenticateApiKey(db: Db, rawKey: string, now = new Date()): Promise<ApiKeyPrincipal | null> {
  const prefix = apiKeyPrefix(rawKey.trim());
  if (!prefix) return null;
  const [row] = await db.$queryRaw<KeyRow[]>`
    SELECT k."id", k."tenant_id", k."user_id", k."key_hash", k."scopes", k."last_used_at", k."expires_at", k."revoked_at",
           u."status" = 'active' AS "user_active",
           COALESCE(bool_or(${ALL_SCOPES} = ANY(r."scopes")), false) AS "wildcard",
           COALESCE(array_agg(DISTINCT s.scope) FILTER (WHERE s.scope IS NOT NULL), '{}') AS "granted"
    FROM "api_key" k
    JOIN "user_account" u ON u."id" = k."user_id"
    LEFT JOIN "user_role" ur ON ur."user_id" = u."id"
    LEFT JOIN "role" r ON r."id" = ur."role_id" AND r."tenant_id" = u."tenant_id"
    LEFT JOIN LATERAL unnest(r."scopes") AS s(scope) ON true
    WHERE k."prefix" = ${prefix}
    GROUP BY k."id", u."status"`;
  if (!row || !sameHash(hashApiKey(rawKey.trim()), row.key_hash)) return null;
  if (row.revoked_at || (row.expires_at && row.expires_at <= now) || !row.user_active) return null;
  const scopes = new Set(row.scopes.filter((scope) => row.wildcard || row.granted.includes(scope)));
  // Checked here first so the usual request (used within the last minute) writes nothing.
  if (!row.last_used_at || row.last_used_at.getTime() < now.getTime() - LAST_USED_RESOLUTION_MS) {
    await db.apiKey.updateMany({
      where: { id: row.id, OR: [{ lastUsedAt: null }, { lastUsedAt: { lt: new Date(now.getTime() - LAST_USED_RESOLUTION_MS) } }] },
      data: { lastUsedAt: now },
    });
  }
  return { keyId: row.id, userId: row.user_id, tenantId: row.tenant_id, scopes };
}
