-- Refunds the provider settles later (refund.updated webhooks): a pending refund that fails or is
-- canceled at the provider voids the credit note it was issued with. Generated with
-- tooling/prisma/migration-diff.sh; the CHECK is added by hand.

-- AlterTable
ALTER TABLE "billing_credit_note" ADD COLUMN     "status" TEXT NOT NULL DEFAULT 'issued',
ADD COLUMN     "voided_at" TIMESTAMP(3);

-- A void credit note says when it was voided; an issued one doesn't.
ALTER TABLE "billing_credit_note" ADD CONSTRAINT "billing_credit_note_status" CHECK (("status" = 'issued' AND "voided_at" IS NULL) OR ("status" = 'void' AND "voided_at" IS NOT NULL));

-- CreateIndex
CREATE INDEX "billing_refund_provider_provider_refund_id_idx" ON "billing_refund"("provider", "provider_refund_id");
