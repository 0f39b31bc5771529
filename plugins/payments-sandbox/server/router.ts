import { z } from "zod";
import { DomainError, type Context } from "@tillbox/plugin-sdk";
import { procedure, router } from "./api";
import { TEST_CARDS } from "./cards";
import { failChallenge, ownSandboxPayment, submitCard } from "./card-form";
import { toProviderResult } from "./records";

const paymentInput = z.object({ paymentId: z.string().min(1).max(100) });

function userOf(ctx: Context): string {
  if (!ctx.actor.id) throw new DomainError("SIGN_IN_REQUIRED", "Sign in to pay.", "FORBIDDEN");
  return ctx.actor.id;
}

/** Mounted as trpc.paymentsSandbox.*: what the card and 3-D Secure page (web/pages/sandbox-action.tsx) calls. */
export const paymentsSandboxRouter = router({
  /** The test cards and what each does, for the card form and the docs. */
  cards: procedure("public").query(() =>
    TEST_CARDS.map(({ number, brand, last4, behaviour, description }) => ({
      number: number.replace(/(\d{4})(?=\d)/g, "$1 "),
      brand,
      last4,
      behaviour,
      description,
    })),
  ),
  /** The caller's own sandbox payment (the page's `?payment=` id): amount, state, next step. */
  payment: procedure("signed-in")
    .input(paymentInput)
    .query(async ({ ctx, input }) => {
      const row = await ownSandboxPayment(ctx.db, userOf(ctx), input.paymentId);
      return { ...toProviderResult(row), amount: row.amount, currency: row.currency, stage: row.status };
    }),
  submitCard: procedure("signed-in")
    .input(paymentInput.extend({ cardNumber: z.string().min(1).max(30) }))
    .mutation(({ ctx, input }) => submitCard(ctx.db, userOf(ctx), input)),
  failChallenge: procedure("signed-in")
    .input(paymentInput)
    .mutation(({ ctx, input }) => failChallenge(ctx.db, userOf(ctx), input.paymentId)),
});

export type PaymentsSandboxRouter = typeof paymentsSandboxRouter;
