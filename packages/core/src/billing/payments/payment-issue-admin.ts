import { z } from "zod";
import type { Prisma } from "@tillbox/db";
import { recordAudit } from "../../audit/record-audit";
import { DomainError } from "../../errors";
import { auditOrigin, holds, type AccessActor } from "../../identity/access/permissions";
import type { BillingContext } from "../context";
import { closePaymentIssue, PAYMENT_ISSUE_KINDS } from "./payment-issues";

export const paymentIssueListSchema = z.object({
  status: z.enum(["open", "resolved"]).optional(),
  kind: z.enum(PAYMENT_ISSUE_KINDS).optional(),
  invoiceId: z.uuid().optional(),
  page: z.int().min(1).default(1),
  pageSize: z.int().min(1).max(100).default(25),
});
export type PaymentIssueListInput = z.input<typeof paymentIssueListSchema>;

export const paymentIssueResolveSchema = z.object({
  issueId: z.uuid(),
  /** "refunded": the money went back outside Tillbox's refund action; "dismissed": handled otherwise (delivered by hand). */
  resolution: z.enum(["refunded", "dismissed"]),
  note: z.string().trim().min(1, "Say what was done").max(1000),
});
export type PaymentIssueResolveInput = z.input<typeof paymentIssueResolveSchema>;

/** The operator's queue, open issues first, newest first (billing:read). */
export async function listPaymentIssues(ctx: BillingContext, input: PaymentIssueListInput = {}) {
  const parsed = paymentIssueListSchema.parse(input);
  const where: Prisma.PaymentIssueWhereInput = { tenantId: ctx.tenantId, status: parsed.status, kind: parsed.kind, invoiceId: parsed.invoiceId };
  const [items, total, open] = await Promise.all([
    ctx.db.paymentIssue.findMany({
      where,
      orderBy: [{ status: "asc" }, { createdAt: "desc" }, { id: "desc" }],
      skip: (parsed.page - 1) * parsed.pageSize,
      take: parsed.pageSize,
      include: {
        invoice: { select: { number: true, total: true, currency: true, status: true } },
        payment: { select: { provider: true, amount: true, currency: true, amountRefunded: true } },
      },
    }),
    ctx.db.paymentIssue.count({ where }),
    ctx.db.paymentIssue.count({ where: { tenantId: ctx.tenantId, status: "open" } }),
  ]);
  return { items, total, open, page: parsed.page, pageSize: parsed.pageSize };
}

/** How many issues wait for an operator: the back-office shows it on the dashboard and in the sidebar. */
export async function countOpenPaymentIssues(ctx: BillingContext): Promise<number> {
  return ctx.db.paymentIssue.count({ where: { tenantId: ctx.tenantId, status: "open" } });
}

/**
 * An operator closes an issue they handled outside the retry: refunded (the refund action closes
 * issues itself once the whole payment is refunded) or dismissed (e.g. delivered by hand), with a
 * note, audited in the same transaction.
 */
export async function resolvePaymentIssue(ctx: BillingContext, input: PaymentIssueResolveInput) {
  const actor = requireManage(ctx);
  const parsed = paymentIssueResolveSchema.safeParse(input);
  if (!parsed.success) {
    const issue = parsed.error.issues[0]!;
    throw new DomainError("PAYMENT_ISSUE_INVALID", `${issue.message} (field: ${issue.path.join(".")})`);
  }
  const { issueId, resolution, note } = parsed.data;
  return ctx.db.$transaction(async (tx) => {
    const issue = await tx.paymentIssue.findFirst({ where: { id: issueId, tenantId: ctx.tenantId } });
    if (!issue) throw new DomainError("PAYMENT_ISSUE_NOT_FOUND", "No such payment issue (field: issueId).", "NOT_FOUND");
    const origin = auditOrigin(actor);
    const closed = await closePaymentIssue(tx, ctx, issue, resolution, { note, resolvedBy: origin.actorId });
    if (!closed) throw new DomainError("PAYMENT_ISSUE_RESOLVED", "This payment issue is already resolved (field: issueId).", "CONFLICT");
    await recordAudit(tx, {
      ...origin,
      action: "payment_issue.resolve",
      targetType: "invoice",
      targetId: issue.invoiceId,
      data: { issueId, kind: issue.kind, resolution, note },
    });
    return tx.paymentIssue.findFirstOrThrow({ where: { id: issueId } });
  });
}

function requireManage(ctx: BillingContext): AccessActor {
  if (!ctx.actor || !holds(ctx.actor.permissions, "billing:manage"))
    throw new DomainError("FORBIDDEN", "This needs the billing:manage permission.", "FORBIDDEN");
  return ctx.actor;
}
