-- Subscriptions (issue 4, area C): Stripe-style billing cycle anchor and pending invoice items.
-- Periods are computed from the anchor and an index (never chained), so Jan 31 → Feb 28 → Mar 31.
ALTER TABLE "billing_subscription" ADD COLUMN "billing_cycle_anchor" TIMESTAMP(3),
ADD COLUMN "period_index" INTEGER NOT NULL DEFAULT 0,
ADD COLUMN "plan_changed_at" TIMESTAMP(3);
-- Rows written before this migration anchor on their current period.
UPDATE "billing_subscription" SET "billing_cycle_anchor" = "current_period_start" WHERE "billing_cycle_anchor" IS NULL;
ALTER TABLE "billing_subscription" ALTER COLUMN "billing_cycle_anchor" SET NOT NULL;

-- CreateTable
CREATE TABLE "billing_pending_invoice_item" (
    "id" UUID NOT NULL,
    "tenant_id" TEXT NOT NULL,
    "subscription_id" UUID NOT NULL,
    "kind" TEXT NOT NULL DEFAULT 'proration',
    "description" TEXT NOT NULL,
    "amount" INTEGER NOT NULL,
    "currency" TEXT NOT NULL,
    "period_start" TIMESTAMP(3),
    "period_end" TIMESTAMP(3),
    "refs" JSONB NOT NULL DEFAULT '{}',
    "invoice_id" UUID,
    "created_at" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "billing_pending_invoice_item_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "billing_pending_invoice_item_subscription_id_invoice_id_idx" ON "billing_pending_invoice_item"("subscription_id", "invoice_id");

-- AddForeignKey
ALTER TABLE "billing_pending_invoice_item" ADD CONSTRAINT "billing_pending_invoice_item_tenant_id_fkey" FOREIGN KEY ("tenant_id") REFERENCES "tenant"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "billing_pending_invoice_item" ADD CONSTRAINT "billing_pending_invoice_item_subscription_id_fkey" FOREIGN KEY ("subscription_id") REFERENCES "billing_subscription"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- The period index is -1 only while trialing (the trial precedes period 0 of the anchor).
ALTER TABLE "billing_subscription" ADD CONSTRAINT "billing_subscription_period_index_range" CHECK ("period_index" >= -1);
