import { z } from "zod";
import {
  countOpenPaymentIssues,
  listPaymentIssues,
  paymentIssueListSchema,
  paymentIssueResolveSchema,
  resolvePaymentIssue,
  retryFulfilment,
} from "@tillbox/core";
import { authorizedProcedure, router } from "@tillbox/trpc";
import { billingContextOf } from "../../billing-context";

/**
 * billing.paymentIssues.*: the operator's queue of money taken that bought nothing yet (fulfilment
 * failed, a void invoice, a second payment, an amount the provider changed). Operators read it
 * (billing:read), retry a fulfilment or close an issue they handled (billing:manage, audited).
 */
export const billingPaymentIssuesRouter = router({
  list: authorizedProcedure("billing:read")
    .input(paymentIssueListSchema.default({ page: 1, pageSize: 25 }))
    .query(({ ctx, input }) => listPaymentIssues(billingContextOf(ctx), input)),

  openCount: authorizedProcedure("billing:read").query(async ({ ctx }) => ({ open: await countOpenPaymentIssues(billingContextOf(ctx)) })),

  retry: authorizedProcedure("billing:manage")
    .input(z.object({ issueId: z.uuid() }))
    .mutation(({ ctx, input }) => retryFulfilment(billingContextOf(ctx), input.issueId)),

  resolve: authorizedProcedure("billing:manage")
    .input(paymentIssueResolveSchema)
    .mutation(({ ctx, input }) => resolvePaymentIssue(billingContextOf(ctx), input)),
});
