import { z } from "zod";
import type { Prisma } from "@tillbox/db";
import type { BillingContext } from "../context";

export const paymentListSchema = z.object({
  status: z.enum(["pending", "requires_action", "succeeded", "failed", "canceled"]).optional(),
  provider: z.string().max(64).optional(),
  invoiceId: z.string().uuid().optional(),
  userId: z.string().uuid().optional(),
  page: z.number().int().min(1).default(1),
  pageSize: z.number().int().min(1).max(100).default(25),
});
export type PaymentListInput = z.input<typeof paymentListSchema>;

/** Every payment of the tenant with its refunds, newest first (admin). */
export async function listPayments(ctx: BillingContext, input: PaymentListInput = {}) {
  const parsed = paymentListSchema.parse(input);
  const where: Prisma.PaymentWhereInput = {
    tenantId: ctx.tenantId,
    status: parsed.status,
    provider: parsed.provider,
    invoiceId: parsed.invoiceId,
    invoice: parsed.userId ? { userId: parsed.userId } : undefined,
  };
  const [items, total] = await Promise.all([
    ctx.db.payment.findMany({
      where,
      orderBy: [{ createdAt: "desc" }, { id: "desc" }],
      skip: (parsed.page - 1) * parsed.pageSize,
      take: parsed.pageSize,
      include: { refunds: { orderBy: { createdAt: "asc" } }, invoice: { select: { number: true, userId: true, status: true } } },
    }),
    ctx.db.payment.count({ where }),
  ]);
  return { items, total, page: parsed.page, pageSize: parsed.pageSize };
}
