-- Money taken must never be lost: a payment remembers what its provider was asked (so a lost
-- answer is asked again with the same idempotency key) and when the recovery sweep next looks at
-- it; money that could not be turned into what it bought is queued for an operator
-- (billing_payment_issue), and refunding money that never paid its invoice leaves the invoice
-- alone (counts_on_invoice). An idempotency key remembers what its run committed (progress), so a
-- retry after a crash resumes that run instead of starting a second one. Generated with
-- tooling/prisma/migration-diff.sh; the CHECKs are by hand.

-- AlterTable
ALTER TABLE "billing_payment" ADD COLUMN     "check_after" TIMESTAMP(3),
ADD COLUMN     "provider_request" JSONB;

-- AlterTable
ALTER TABLE "billing_idempotency_key" ADD COLUMN     "progress" JSONB;

-- AlterTable
ALTER TABLE "billing_refund" ADD COLUMN     "counts_on_invoice" BOOLEAN NOT NULL DEFAULT true;

-- CreateTable
CREATE TABLE "billing_payment_issue" (
    "id" UUID NOT NULL,
    "tenant_id" TEXT NOT NULL,
    "invoice_id" UUID NOT NULL,
    "payment_id" UUID NOT NULL,
    "user_id" UUID NOT NULL,
    "kind" TEXT NOT NULL,
    "status" TEXT NOT NULL DEFAULT 'open',
    "message" TEXT NOT NULL,
    "attempts" INTEGER NOT NULL DEFAULT 0,
    "next_retry_at" TIMESTAMP(3),
    "resolution" TEXT,
    "note" TEXT,
    "resolved_at" TIMESTAMP(3),
    "resolved_by" TEXT,
    "created_at" TIMESTAMP(3) NOT NULL,
    "updated_at" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "billing_payment_issue_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "billing_payment_issue_tenant_id_status_created_at_idx" ON "billing_payment_issue"("tenant_id", "status", "created_at");

-- CreateIndex
CREATE INDEX "billing_payment_issue_next_retry_at_idx" ON "billing_payment_issue"("next_retry_at");

-- CreateIndex
CREATE UNIQUE INDEX "billing_payment_issue_payment_id_kind_key" ON "billing_payment_issue"("payment_id", "kind");

-- CreateIndex
CREATE INDEX "billing_payment_check_after_idx" ON "billing_payment"("check_after");

-- AddForeignKey
ALTER TABLE "billing_payment_issue" ADD CONSTRAINT "billing_payment_issue_tenant_id_fkey" FOREIGN KEY ("tenant_id") REFERENCES "tenant"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "billing_payment_issue" ADD CONSTRAINT "billing_payment_issue_invoice_id_fkey" FOREIGN KEY ("invoice_id") REFERENCES "billing_invoice"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "billing_payment_issue" ADD CONSTRAINT "billing_payment_issue_payment_id_fkey" FOREIGN KEY ("payment_id") REFERENCES "billing_payment"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "billing_payment_issue" ADD CONSTRAINT "billing_payment_issue_user_id_fkey" FOREIGN KEY ("user_id") REFERENCES "user_account"("id") ON DELETE RESTRICT ON UPDATE CASCADE;


ALTER TABLE "billing_payment_issue" ADD CONSTRAINT "billing_payment_issue_kind"
  CHECK ("kind" IN ('fulfilment_failed', 'invoice_not_payable', 'duplicate_payment', 'amount_mismatch'));
ALTER TABLE "billing_payment_issue" ADD CONSTRAINT "billing_payment_issue_resolution"
  CHECK (("status" = 'open' AND "resolution" IS NULL AND "resolved_at" IS NULL)
      OR ("status" = 'resolved' AND "resolution" IN ('fulfilled', 'refunded', 'dismissed') AND "resolved_at" IS NOT NULL));
