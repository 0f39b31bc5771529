import { withSavepoint, type Db } from "@tillbox/db";
import { recordAudit } from "../../audit/record-audit";
import { DomainError } from "../../errors";
import { auditOrigin } from "../../identity/access/permissions";
import type { Clock } from "../clock";
import type { BillingContext } from "../context";
import { deliverInvoice, lockInvoice } from "./fulfil-invoice";
import { closePaymentIssue, describeFailure, FULFILMENT_RETRY_DELAYS_MS } from "./payment-issues";

export interface FulfilmentRetry {
  issueId: string;
  fulfilled: boolean;
  message: string;
}

/**
 * Delivers a paid invoice whose fulfilment failed when its payment was recorded, again: under the
 * invoice lock (so the sweep and an operator never deliver twice), behind a savepoint (a failure
 * undoes its own writes and is recorded on the issue). Success closes the issue as fulfilled.
 * The sweep's automatic retries back off (FULFILMENT_RETRY_DELAYS_MS); an operator's retry
 * (ctx.actor set) is audited and doesn't move the schedule.
 */
export async function retryFulfilment(ctx: BillingContext, issueId: string): Promise<FulfilmentRetry> {
  return ctx.db.$transaction(
    async (tx) => {
      const head = await tx.paymentIssue.findFirst({ where: { id: issueId, tenantId: ctx.tenantId }, select: { invoiceId: true } });
      if (!head) throw new DomainError("PAYMENT_ISSUE_NOT_FOUND", "No such payment issue (field: issueId).", "NOT_FOUND");
      const invoice = await lockInvoice(tx, ctx.tenantId, head.invoiceId);
      const issue = await tx.paymentIssue.findFirstOrThrow({ where: { id: issueId, tenantId: ctx.tenantId } });
      if (issue.status !== "open") return { issueId, fulfilled: issue.resolution === "fulfilled", message: issue.message };
      if (issue.kind !== "fulfilment_failed") {
        throw new DomainError(
          "PAYMENT_ISSUE_NOT_RETRYABLE",
          `A ${issue.kind.replace(/_/g, " ")} issue can't be fixed by delivering again; refund or dismiss it (field: issueId).`,
          "CONFLICT",
        );
      }
      const now = ctx.clock.now();
      const attempts = issue.attempts + 1;
      const attempt = await withSavepoint(tx, () => deliverInvoice(tx, ctx, invoice, now));
      if (ctx.actor) {
        await recordAudit(tx, {
          ...auditOrigin(ctx.actor),
          action: "payment_issue.retry",
          targetType: "invoice",
          targetId: invoice.id,
          data: { issueId, fulfilled: attempt.ok },
        });
      }
      if (attempt.ok) {
        await closePaymentIssue(tx, ctx, issue, "fulfilled", { attempts, resolvedBy: ctx.actor?.impersonatedBy ?? ctx.actor?.actorId ?? null });
        return { issueId, fulfilled: true, message: issue.message };
      }
      const message = `Paid, but delivering it failed: ${describeFailure(attempt.error)}`;
      const delay = FULFILMENT_RETRY_DELAYS_MS[attempts];
      const nextRetryAt = ctx.actor ? issue.nextRetryAt : delay === undefined ? null : new Date(now.getTime() + delay);
      await tx.paymentIssue.update({ where: { id: issue.id }, data: { attempts, message, nextRetryAt, updatedAt: now } });
      return { issueId, fulfilled: false, message };
    },
    { maxWait: 15_000, timeout: 30_000 },
  );
}

/** The sweep's part: retries every open fulfilment issue that is due, oldest first. */
export async function retryDueFulfilments(job: { db: Db; clock: Clock }, batchSize = 50): Promise<{ retried: number; fulfilled: number }> {
  const due = await job.db.paymentIssue.findMany({
    where: { status: "open", kind: "fulfilment_failed", nextRetryAt: { lte: job.clock.now() } },
    orderBy: { nextRetryAt: "asc" },
    take: batchSize,
    select: { id: true, tenantId: true },
  });
  let fulfilled = 0;
  for (const issue of due) {
    try {
      const outcome = await retryFulfilment({ db: job.db, tenantId: issue.tenantId, clock: job.clock, actor: null }, issue.id);
      if (outcome.fulfilled) fulfilled += 1;
    } catch (error) {
      console.error(`[billing] retrying payment issue ${issue.id} failed:`, error);
    }
  }
  return { retried: due.length, fulfilled };
}
