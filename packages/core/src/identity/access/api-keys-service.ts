import type { Db } from "@tillbox/db";
import { recordAudit } from "../../audit/record-audit";
import { DomainError } from "../../errors";
import { apiKeyPrefix, generateApiKey, hashApiKey, sameHash } from "./api-key-format";
import { auditOrigin, holds, holdsAll, type AccessActor } from "./permissions";
import { resolveGrants } from "./resolve-permissions";
import { isUuid } from "./uuid";

export interface ApiKeyView {
  id: string;
  userId: string;
  name: string;
  prefix: string;
  scopes: string[];
  lastUsedAt: Date | null;
  expiresAt: Date | null;
  revokedAt: Date | null;
  createdAt: Date;
}

const viewSelect = {
  id: true, userId: true, name: true, prefix: true, scopes: true, lastUsedAt: true, expiresAt: true, revokedAt: true, createdAt: true,
} as const;

/** lastUsedAt is a hint for operators, not a log: written at most this often per key. */
const LAST_USED_RESOLUTION_MS = 60_000;

export interface CreateApiKeyInput {
  name: string;
  scopes: string[];
  expiresAt?: Date | null;
}

/** Returns the full key once; afterwards only its prefix can be shown. */
export async function createApiKey(
  db: Db,
  actor: AccessActor,
  input: CreateApiKeyInput,
  allScopes: readonly string[],
  now = new Date(),
): Promise<ApiKeyView & { key: string }> {
  const userId = actor.actorId;
  if (!userId) throw new DomainError("API_KEY_NEEDS_USER", "API keys belong to a signed-in user.", "PRECONDITION_FAILED");
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
    await recordAudit(tx, { ...auditOrigin(actor), action: "api_key.create", targetType: "api_key", targetId: row.id, data: { name: row.name, prefix, scopes } });
    return { ...row, key };
  });
}

export function listApiKeys(db: Db, tenantId: string, userId: string): Promise<ApiKeyView[]> {
  return db.apiKey.findMany({ where: { tenantId, userId }, select: viewSelect, orderBy: { createdAt: "desc" } });
}

/** Your own key, or anyone's in the tenant with users:manage. Revoking twice is a no-op. */
export async function revokeApiKey(db: Db, actor: AccessActor, id: string, now = new Date()): Promise<ApiKeyView> {
  return db.$transaction(async (tx) => {
    const row = isUuid(id) ? await tx.apiKey.findFirst({ where: { id, tenantId: actor.tenantId }, select: viewSelect }) : null;
    const mayRevoke = row && (row.userId === actor.actorId || holds(actor.permissions, "users:manage"));
    if (!row || !mayRevoke) throw new DomainError("API_KEY_NOT_FOUND", `No API key with id "${id}" (field: id).`, "NOT_FOUND");
    if (row.revokedAt) return row;
    const revoked = await tx.apiKey.update({ where: { id }, data: { revokedAt: now }, select: viewSelect });
    await recordAudit(tx, { ...auditOrigin(actor), action: "api_key.revoke", targetType: "api_key", targetId: id, data: { prefix: row.prefix, ownerId: row.userId } });
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

/** The caller behind a presented key, or null for anything not a live key of an active user. */
export async function authenticateApiKey(db: Db, rawKey: string, now = new Date()): Promise<ApiKeyPrincipal | null> {
  const prefix = apiKeyPrefix(rawKey.trim());
  if (!prefix) return null;
  const row = await db.apiKey.findUnique({ where: { prefix } });
  if (!row || !sameHash(hashApiKey(rawKey.trim()), row.keyHash)) return null;
  if (row.revokedAt || (row.expiresAt && row.expiresAt <= now)) return null;
  if (!(await isActive(db, row.userId))) return null;
  const grants = await resolveGrants(db, row.userId);
  const scopes = new Set(row.scopes.filter((scope) => grants.wildcard || grants.scopes.has(scope)));
  await db.apiKey.updateMany({
    where: { id: row.id, OR: [{ lastUsedAt: null }, { lastUsedAt: { lt: new Date(now.getTime() - LAST_USED_RESOLUTION_MS) } }] },
    data: { lastUsedAt: now },
  });
  return { keyId: row.id, userId: row.userId, tenantId: row.tenantId, scopes };
}

async function isActive(db: Db, userId: string): Promise<boolean> {
  const user = await db.user.findUnique({ where: { id: userId }, select: { status: true } });
  return user?.status === "active";
}
