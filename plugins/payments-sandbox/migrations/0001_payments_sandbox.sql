-- Payments sandbox plugin: the fake provider's payments and refunds (its own side of the ledger).
-- CreateEnum
CREATE TYPE "payments_sandbox_status" AS ENUM ('awaiting_card', 'requires_action', 'succeeded', 'failed', 'canceled');

-- CreateTable
CREATE TABLE "payments_sandbox_payment" (
    "id" TEXT NOT NULL,
    "tenant_id" TEXT NOT NULL,
    "payment_id" TEXT NOT NULL,
    "invoice_id" TEXT NOT NULL,
    "user_id" TEXT NOT NULL,
    "amount" INTEGER NOT NULL,
    "currency" TEXT NOT NULL,
    "status" "payments_sandbox_status" NOT NULL,
    "card_last4" TEXT,
    "save_payment_method" BOOLEAN NOT NULL,
    "off_session" BOOLEAN NOT NULL,
    "failure_code" TEXT,
    "failure_message" TEXT,
    "amount_refunded" INTEGER NOT NULL DEFAULT 0,
    "idempotency_key" TEXT NOT NULL,
    "created_at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "payments_sandbox_payment_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "payments_sandbox_refund" (
    "id" TEXT NOT NULL,
    "tenant_id" TEXT NOT NULL,
    "sandbox_payment_id" TEXT NOT NULL,
    "amount" INTEGER NOT NULL,
    "reason" TEXT,
    "idempotency_key" TEXT NOT NULL,
    "created_at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "payments_sandbox_refund_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "payments_sandbox_payment_tenant_id_payment_id_idx" ON "payments_sandbox_payment"("tenant_id", "payment_id");

-- CreateIndex
CREATE UNIQUE INDEX "payments_sandbox_payment_tenant_id_idempotency_key_key" ON "payments_sandbox_payment"("tenant_id", "idempotency_key");

-- CreateIndex
CREATE INDEX "payments_sandbox_refund_sandbox_payment_id_idx" ON "payments_sandbox_refund"("sandbox_payment_id");

-- CreateIndex
CREATE UNIQUE INDEX "payments_sandbox_refund_tenant_id_idempotency_key_key" ON "payments_sandbox_refund"("tenant_id", "idempotency_key");

-- AddForeignKey
ALTER TABLE "payments_sandbox_payment" ADD CONSTRAINT "payments_sandbox_payment_tenant_id_fkey" FOREIGN KEY ("tenant_id") REFERENCES "tenant"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "payments_sandbox_refund" ADD CONSTRAINT "payments_sandbox_refund_tenant_id_fkey" FOREIGN KEY ("tenant_id") REFERENCES "tenant"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "payments_sandbox_refund" ADD CONSTRAINT "payments_sandbox_refund_sandbox_payment_id_fkey" FOREIGN KEY ("sandbox_payment_id") REFERENCES "payments_sandbox_payment"("id") ON DELETE CASCADE ON UPDATE CASCADE;


-- A refund can never exceed what was paid, even under concurrent refunds.
ALTER TABLE "payments_sandbox_payment" ADD CONSTRAINT "payments_sandbox_payment_amounts_check"
    CHECK ("amount" > 0 AND "amount_refunded" >= 0 AND "amount_refunded" <= "amount");
ALTER TABLE "payments_sandbox_refund" ADD CONSTRAINT "payments_sandbox_refund_amount_check" CHECK ("amount" > 0);
