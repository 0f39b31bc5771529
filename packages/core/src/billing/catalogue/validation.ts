import type { z } from "zod";
import type { DbOrTx, Prisma } from "@tillbox/db";
import { recordAudit } from "../../audit/record-audit";
import { DomainError } from "../../errors";
import { auditOrigin } from "../../identity/access/permissions";
import type { BillingContext } from "../context";

/** "prices.1.currency" → "prices[1].currency", the way error messages and forms name fields. */
export function billingFieldPath(path: readonly PropertyKey[]): string {
  return path.reduce<string>((name, part) => (typeof part === "number" ? `${name}[${part}]` : name ? `${name}.${String(part)}` : String(part)), "");
}

/**
 * Services validate their own input (the routers' schemas are the same objects), so a caller that
 * isn't tRPC still gets a DomainError naming the first bad field instead of a 500.
 */
export function parseBillingInput<S extends z.ZodType>(schema: S, input: unknown): z.output<S> {
  const result = schema.safeParse(input);
  if (result.success) return result.data;
  const issue = result.error.issues[0]!;
  const field = billingFieldPath(issue.path) || "(input)";
  throw new DomainError("INVALID_INPUT", `${field}: ${issue.message} (field: ${field}).`);
}

/** An admin write's audit entry, in the caller's transaction; system work (actor null) has no actor. */
export async function auditCatalogue(
  tx: DbOrTx,
  ctx: BillingContext,
  action: string,
  target: { type: string; id: string | null },
  data: Prisma.InputJsonValue,
): Promise<void> {
  const origin = ctx.actor ? auditOrigin(ctx.actor) : { tenantId: ctx.tenantId, actorId: null };
  await recordAudit(tx, { ...origin, tenantId: ctx.tenantId, action, targetType: target.type, targetId: target.id, data });
}

/** Prisma's unique-constraint violation, turned into the conflict the caller can fix. */
export function isUniqueViolation(error: unknown): boolean {
  return typeof error === "object" && error !== null && (error as { code?: string }).code === "P2002";
}
