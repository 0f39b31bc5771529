-- CreateEnum
CREATE TYPE "BillingInterval" AS ENUM ('week', 'month', 'year', 'one_time');

-- CreateEnum
CREATE TYPE "CatalogueStatus" AS ENUM ('active', 'archived');

-- CreateEnum
CREATE TYPE "SubscriptionStatus" AS ENUM ('incomplete', 'incomplete_expired', 'trialing', 'active', 'past_due', 'paused', 'canceled', 'unpaid');

-- CreateEnum
CREATE TYPE "CollectionMethod" AS ENUM ('charge_automatically', 'send_invoice');

-- CreateEnum
CREATE TYPE "InvoiceStatus" AS ENUM ('draft', 'open', 'paid', 'void', 'uncollectible');

-- CreateEnum
CREATE TYPE "PaymentStatus" AS ENUM ('pending', 'requires_action', 'succeeded', 'failed', 'canceled');

-- CreateEnum
CREATE TYPE "TokenEntryKind" AS ENUM ('purchase', 'grant', 'usage', 'adjustment', 'refund', 'transfer', 'expiry');

-- CreateTable
CREATE TABLE "billing_currency" (
    "tenant_id" TEXT NOT NULL,
    "code" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "exponent" INTEGER NOT NULL DEFAULT 2,
    "active" BOOLEAN NOT NULL DEFAULT true,

    CONSTRAINT "billing_currency_pkey" PRIMARY KEY ("tenant_id","code")
);

-- CreateTable
CREATE TABLE "billing_country" (
    "tenant_id" TEXT NOT NULL,
    "code" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "eu_member" BOOLEAN NOT NULL DEFAULT false,
    "active" BOOLEAN NOT NULL DEFAULT true,

    CONSTRAINT "billing_country_pkey" PRIMARY KEY ("tenant_id","code")
);

-- CreateTable
CREATE TABLE "billing_tax_rate" (
    "id" UUID NOT NULL,
    "tenant_id" TEXT NOT NULL,
    "country" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "rate_millipercent" INTEGER NOT NULL,
    "inclusive" BOOLEAN NOT NULL DEFAULT false,
    "active" BOOLEAN NOT NULL DEFAULT true,
    "created_at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "billing_tax_rate_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "billing_settings" (
    "tenant_id" TEXT NOT NULL,
    "legal_name" TEXT NOT NULL DEFAULT '',
    "address" JSONB NOT NULL DEFAULT '{}',
    "vat_id" TEXT,
    "email" TEXT,
    "country" TEXT NOT NULL DEFAULT 'DE',
    "default_currency" TEXT NOT NULL DEFAULT 'EUR',
    "invoice_number_format" TEXT NOT NULL DEFAULT 'INV-{YYYY}-{SEQ:6}',
    "credit_note_number_format" TEXT NOT NULL DEFAULT 'CN-{YYYY}-{SEQ:6}',
    "invoice_footer" TEXT NOT NULL DEFAULT '',
    "dunning_retry_days" INTEGER[] DEFAULT ARRAY[1, 3, 5, 7]::INTEGER[],
    "dunning_final_status" TEXT NOT NULL DEFAULT 'canceled',
    "trial_reminder_days" INTEGER NOT NULL DEFAULT 3,
    "invoice_due_days" INTEGER NOT NULL DEFAULT 14,

    CONSTRAINT "billing_settings_pkey" PRIMARY KEY ("tenant_id")
);

-- CreateTable
CREATE TABLE "billing_plan_category" (
    "id" UUID NOT NULL,
    "tenant_id" TEXT NOT NULL,
    "parent_id" UUID,
    "slug" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "is_single" BOOLEAN NOT NULL DEFAULT false,
    "position" INTEGER NOT NULL DEFAULT 0,

    CONSTRAINT "billing_plan_category_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "billing_plan" (
    "id" UUID NOT NULL,
    "tenant_id" TEXT NOT NULL,
    "category_id" UUID,
    "slug" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "description" TEXT NOT NULL DEFAULT '',
    "interval" "BillingInterval" NOT NULL,
    "interval_count" INTEGER NOT NULL DEFAULT 1,
    "trial_days" INTEGER NOT NULL DEFAULT 0,
    "token_grant" INTEGER NOT NULL DEFAULT 0,
    "token_rollover" BOOLEAN NOT NULL DEFAULT false,
    "features" JSONB NOT NULL DEFAULT '{}',
    "status" "CatalogueStatus" NOT NULL DEFAULT 'active',
    "position" INTEGER NOT NULL DEFAULT 0,
    "created_at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "billing_plan_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "billing_add_on" (
    "id" UUID NOT NULL,
    "tenant_id" TEXT NOT NULL,
    "slug" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "description" TEXT NOT NULL DEFAULT '',
    "recurring" BOOLEAN NOT NULL DEFAULT true,
    "features" JSONB NOT NULL DEFAULT '{}',
    "status" "CatalogueStatus" NOT NULL DEFAULT 'active',
    "created_at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "billing_add_on_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "billing_add_on_plan" (
    "tenant_id" TEXT NOT NULL,
    "add_on_id" UUID NOT NULL,
    "plan_id" UUID NOT NULL,

    CONSTRAINT "billing_add_on_plan_pkey" PRIMARY KEY ("add_on_id","plan_id")
);

-- CreateTable
CREATE TABLE "billing_token_bundle" (
    "id" UUID NOT NULL,
    "tenant_id" TEXT NOT NULL,
    "slug" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "tokens" INTEGER NOT NULL,
    "status" "CatalogueStatus" NOT NULL DEFAULT 'active',
    "created_at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "billing_token_bundle_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "billing_price" (
    "id" UUID NOT NULL,
    "tenant_id" TEXT NOT NULL,
    "plan_id" UUID,
    "add_on_id" UUID,
    "bundle_id" UUID,
    "currency" TEXT NOT NULL,
    "unit_amount" INTEGER NOT NULL,
    "active" BOOLEAN NOT NULL DEFAULT true,

    CONSTRAINT "billing_price_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "billing_subscription" (
    "id" UUID NOT NULL,
    "tenant_id" TEXT NOT NULL,
    "user_id" UUID NOT NULL,
    "plan_id" UUID NOT NULL,
    "single_category_id" UUID,
    "status" "SubscriptionStatus" NOT NULL DEFAULT 'incomplete',
    "currency" TEXT NOT NULL,
    "unit_amount" INTEGER NOT NULL,
    "quantity" INTEGER NOT NULL DEFAULT 1,
    "collection_method" "CollectionMethod" NOT NULL DEFAULT 'charge_automatically',
    "provider" TEXT,
    "payment_method_id" UUID,
    "current_period_start" TIMESTAMP(3) NOT NULL,
    "current_period_end" TIMESTAMP(3) NOT NULL,
    "trial_start" TIMESTAMP(3),
    "trial_end" TIMESTAMP(3),
    "trial_reminder_sent_at" TIMESTAMP(3),
    "cancel_at_period_end" BOOLEAN NOT NULL DEFAULT false,
    "canceled_at" TIMESTAMP(3),
    "ended_at" TIMESTAMP(3),
    "paused_at" TIMESTAMP(3),
    "scheduled_plan_id" UUID,
    "latest_invoice_id" UUID,
    "dunning_attempts" INTEGER NOT NULL DEFAULT 0,
    "next_retry_at" TIMESTAMP(3),
    "created_at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "billing_subscription_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "billing_add_on_purchase" (
    "id" UUID NOT NULL,
    "tenant_id" TEXT NOT NULL,
    "user_id" UUID NOT NULL,
    "add_on_id" UUID NOT NULL,
    "subscription_id" UUID,
    "status" TEXT NOT NULL DEFAULT 'pending',
    "currency" TEXT NOT NULL,
    "unit_amount" INTEGER NOT NULL,
    "quantity" INTEGER NOT NULL DEFAULT 1,
    "invoice_id" UUID,
    "activated_at" TIMESTAMP(3),
    "canceled_at" TIMESTAMP(3),
    "created_at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "billing_add_on_purchase_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "billing_invoice" (
    "id" UUID NOT NULL,
    "tenant_id" TEXT NOT NULL,
    "user_id" UUID NOT NULL,
    "subscription_id" UUID,
    "number" TEXT,
    "status" "InvoiceStatus" NOT NULL DEFAULT 'draft',
    "billing_reason" TEXT NOT NULL,
    "currency" TEXT NOT NULL,
    "subtotal" INTEGER NOT NULL DEFAULT 0,
    "tax_total" INTEGER NOT NULL DEFAULT 0,
    "total" INTEGER NOT NULL DEFAULT 0,
    "amount_paid" INTEGER NOT NULL DEFAULT 0,
    "amount_refunded" INTEGER NOT NULL DEFAULT 0,
    "reverse_charge" BOOLEAN NOT NULL DEFAULT false,
    "customer" JSONB NOT NULL DEFAULT '{}',
    "seller" JSONB NOT NULL DEFAULT '{}',
    "cart" JSONB NOT NULL DEFAULT '{}',
    "provider" TEXT,
    "collection_method" "CollectionMethod" NOT NULL DEFAULT 'charge_automatically',
    "period_start" TIMESTAMP(3),
    "period_end" TIMESTAMP(3),
    "due_at" TIMESTAMP(3),
    "finalized_at" TIMESTAMP(3),
    "paid_at" TIMESTAMP(3),
    "voided_at" TIMESTAMP(3),
    "created_at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "billing_invoice_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "billing_invoice_line" (
    "id" UUID NOT NULL,
    "tenant_id" TEXT NOT NULL,
    "invoice_id" UUID NOT NULL,
    "position" INTEGER NOT NULL,
    "kind" TEXT NOT NULL,
    "source" TEXT NOT NULL,
    "description" TEXT NOT NULL,
    "quantity" INTEGER NOT NULL DEFAULT 1,
    "unit_amount" INTEGER NOT NULL,
    "amount" INTEGER NOT NULL,
    "tax_rate_id" UUID,
    "tax_millipercent" INTEGER NOT NULL DEFAULT 0,
    "tax_inclusive" BOOLEAN NOT NULL DEFAULT false,
    "tax_amount" INTEGER NOT NULL DEFAULT 0,
    "period_start" TIMESTAMP(3),
    "period_end" TIMESTAMP(3),
    "refs" JSONB NOT NULL DEFAULT '{}',

    CONSTRAINT "billing_invoice_line_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "billing_document_sequence" (
    "tenant_id" TEXT NOT NULL,
    "kind" TEXT NOT NULL,
    "prefix" TEXT NOT NULL,
    "last_value" INTEGER NOT NULL DEFAULT 0,

    CONSTRAINT "billing_document_sequence_pkey" PRIMARY KEY ("tenant_id","kind","prefix")
);

-- CreateTable
CREATE TABLE "billing_payment" (
    "id" UUID NOT NULL,
    "tenant_id" TEXT NOT NULL,
    "invoice_id" UUID NOT NULL,
    "provider" TEXT NOT NULL,
    "provider_payment_id" TEXT,
    "status" "PaymentStatus" NOT NULL DEFAULT 'pending',
    "amount" INTEGER NOT NULL,
    "currency" TEXT NOT NULL,
    "amount_refunded" INTEGER NOT NULL DEFAULT 0,
    "next_action_url" TEXT,
    "failure_code" TEXT,
    "failure_message" TEXT,
    "payment_method_id" UUID,
    "created_at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "captured_at" TIMESTAMP(3),

    CONSTRAINT "billing_payment_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "billing_refund" (
    "id" UUID NOT NULL,
    "tenant_id" TEXT NOT NULL,
    "payment_id" UUID NOT NULL,
    "credit_note_id" UUID,
    "provider" TEXT NOT NULL,
    "provider_refund_id" TEXT,
    "amount" INTEGER NOT NULL,
    "currency" TEXT NOT NULL,
    "status" TEXT NOT NULL DEFAULT 'pending',
    "reason" TEXT,
    "created_at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "billing_refund_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "billing_credit_note" (
    "id" UUID NOT NULL,
    "tenant_id" TEXT NOT NULL,
    "invoice_id" UUID NOT NULL,
    "number" TEXT NOT NULL,
    "amount" INTEGER NOT NULL,
    "tax_amount" INTEGER NOT NULL DEFAULT 0,
    "currency" TEXT NOT NULL,
    "reason" TEXT,
    "created_at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "billing_credit_note_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "billing_payment_method" (
    "id" UUID NOT NULL,
    "tenant_id" TEXT NOT NULL,
    "user_id" UUID NOT NULL,
    "provider" TEXT NOT NULL,
    "provider_method_id" TEXT NOT NULL,
    "provider_customer_id" TEXT,
    "brand" TEXT,
    "last4" TEXT,
    "exp_month" INTEGER,
    "exp_year" INTEGER,
    "is_default" BOOLEAN NOT NULL DEFAULT false,
    "created_at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "billing_payment_method_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "billing_idempotency_key" (
    "tenant_id" TEXT NOT NULL,
    "scope" TEXT NOT NULL,
    "key" TEXT NOT NULL,
    "request_hash" TEXT NOT NULL,
    "state" TEXT NOT NULL DEFAULT 'in_progress',
    "response" JSONB,
    "created_at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "expires_at" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "billing_idempotency_key_pkey" PRIMARY KEY ("tenant_id","scope","key")
);

-- CreateTable
CREATE TABLE "billing_provider_event" (
    "provider" TEXT NOT NULL,
    "event_id" TEXT NOT NULL,
    "tenant_id" TEXT NOT NULL,
    "type" TEXT NOT NULL,
    "received_at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "processed_at" TIMESTAMP(3),

    CONSTRAINT "billing_provider_event_pkey" PRIMARY KEY ("provider","event_id")
);

-- CreateTable
CREATE TABLE "billing_token_wallet" (
    "id" UUID NOT NULL,
    "tenant_id" TEXT NOT NULL,
    "user_id" UUID NOT NULL,
    "balance" INTEGER NOT NULL DEFAULT 0,
    "updated_at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "billing_token_wallet_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "billing_token_ledger_entry" (
    "id" UUID NOT NULL,
    "tenant_id" TEXT NOT NULL,
    "wallet_id" UUID NOT NULL,
    "kind" "TokenEntryKind" NOT NULL,
    "amount" INTEGER NOT NULL,
    "balance_after" INTEGER NOT NULL,
    "reference" TEXT,
    "feature" TEXT,
    "expires_at" TIMESTAMP(3),
    "metadata" JSONB NOT NULL DEFAULT '{}',
    "created_at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "billing_token_ledger_entry_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "billing_tax_rate_tenant_id_country_idx" ON "billing_tax_rate"("tenant_id", "country");

-- CreateIndex
CREATE UNIQUE INDEX "billing_plan_category_tenant_id_slug_key" ON "billing_plan_category"("tenant_id", "slug");

-- CreateIndex
CREATE UNIQUE INDEX "billing_plan_tenant_id_slug_key" ON "billing_plan"("tenant_id", "slug");

-- CreateIndex
CREATE UNIQUE INDEX "billing_add_on_tenant_id_slug_key" ON "billing_add_on"("tenant_id", "slug");

-- CreateIndex
CREATE UNIQUE INDEX "billing_token_bundle_tenant_id_slug_key" ON "billing_token_bundle"("tenant_id", "slug");

-- CreateIndex
CREATE UNIQUE INDEX "billing_price_plan_id_currency_key" ON "billing_price"("plan_id", "currency");

-- CreateIndex
CREATE UNIQUE INDEX "billing_price_add_on_id_currency_key" ON "billing_price"("add_on_id", "currency");

-- CreateIndex
CREATE UNIQUE INDEX "billing_price_bundle_id_currency_key" ON "billing_price"("bundle_id", "currency");

-- CreateIndex
CREATE INDEX "billing_subscription_tenant_id_user_id_idx" ON "billing_subscription"("tenant_id", "user_id");

-- CreateIndex
CREATE INDEX "billing_subscription_status_current_period_end_idx" ON "billing_subscription"("status", "current_period_end");

-- CreateIndex
CREATE INDEX "billing_add_on_purchase_tenant_id_user_id_idx" ON "billing_add_on_purchase"("tenant_id", "user_id");

-- CreateIndex
CREATE INDEX "billing_invoice_tenant_id_user_id_created_at_idx" ON "billing_invoice"("tenant_id", "user_id", "created_at");

-- CreateIndex
CREATE INDEX "billing_invoice_tenant_id_status_idx" ON "billing_invoice"("tenant_id", "status");

-- CreateIndex
CREATE UNIQUE INDEX "billing_invoice_tenant_id_number_key" ON "billing_invoice"("tenant_id", "number");

-- CreateIndex
CREATE INDEX "billing_invoice_line_invoice_id_idx" ON "billing_invoice_line"("invoice_id");

-- CreateIndex
CREATE INDEX "billing_payment_invoice_id_idx" ON "billing_payment"("invoice_id");

-- CreateIndex
CREATE UNIQUE INDEX "billing_payment_provider_provider_payment_id_key" ON "billing_payment"("provider", "provider_payment_id");

-- CreateIndex
CREATE UNIQUE INDEX "billing_credit_note_tenant_id_number_key" ON "billing_credit_note"("tenant_id", "number");

-- CreateIndex
CREATE INDEX "billing_payment_method_tenant_id_user_id_idx" ON "billing_payment_method"("tenant_id", "user_id");

-- CreateIndex
CREATE UNIQUE INDEX "billing_payment_method_provider_provider_method_id_key" ON "billing_payment_method"("provider", "provider_method_id");

-- CreateIndex
CREATE INDEX "billing_idempotency_key_expires_at_idx" ON "billing_idempotency_key"("expires_at");

-- CreateIndex
CREATE UNIQUE INDEX "billing_token_wallet_tenant_id_user_id_key" ON "billing_token_wallet"("tenant_id", "user_id");

-- CreateIndex
CREATE INDEX "billing_token_ledger_entry_wallet_id_created_at_idx" ON "billing_token_ledger_entry"("wallet_id", "created_at");

-- AddForeignKey
ALTER TABLE "billing_currency" ADD CONSTRAINT "billing_currency_tenant_id_fkey" FOREIGN KEY ("tenant_id") REFERENCES "tenant"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "billing_country" ADD CONSTRAINT "billing_country_tenant_id_fkey" FOREIGN KEY ("tenant_id") REFERENCES "tenant"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "billing_tax_rate" ADD CONSTRAINT "billing_tax_rate_tenant_id_fkey" FOREIGN KEY ("tenant_id") REFERENCES "tenant"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "billing_settings" ADD CONSTRAINT "billing_settings_tenant_id_fkey" FOREIGN KEY ("tenant_id") REFERENCES "tenant"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "billing_plan_category" ADD CONSTRAINT "billing_plan_category_tenant_id_fkey" FOREIGN KEY ("tenant_id") REFERENCES "tenant"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "billing_plan_category" ADD CONSTRAINT "billing_plan_category_parent_id_fkey" FOREIGN KEY ("parent_id") REFERENCES "billing_plan_category"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "billing_plan" ADD CONSTRAINT "billing_plan_tenant_id_fkey" FOREIGN KEY ("tenant_id") REFERENCES "tenant"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "billing_plan" ADD CONSTRAINT "billing_plan_category_id_fkey" FOREIGN KEY ("category_id") REFERENCES "billing_plan_category"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "billing_add_on" ADD CONSTRAINT "billing_add_on_tenant_id_fkey" FOREIGN KEY ("tenant_id") REFERENCES "tenant"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "billing_add_on_plan" ADD CONSTRAINT "billing_add_on_plan_tenant_id_fkey" FOREIGN KEY ("tenant_id") REFERENCES "tenant"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "billing_add_on_plan" ADD CONSTRAINT "billing_add_on_plan_add_on_id_fkey" FOREIGN KEY ("add_on_id") REFERENCES "billing_add_on"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "billing_add_on_plan" ADD CONSTRAINT "billing_add_on_plan_plan_id_fkey" FOREIGN KEY ("plan_id") REFERENCES "billing_plan"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "billing_token_bundle" ADD CONSTRAINT "billing_token_bundle_tenant_id_fkey" FOREIGN KEY ("tenant_id") REFERENCES "tenant"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "billing_price" ADD CONSTRAINT "billing_price_tenant_id_fkey" FOREIGN KEY ("tenant_id") REFERENCES "tenant"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "billing_price" ADD CONSTRAINT "billing_price_plan_id_fkey" FOREIGN KEY ("plan_id") REFERENCES "billing_plan"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "billing_price" ADD CONSTRAINT "billing_price_add_on_id_fkey" FOREIGN KEY ("add_on_id") REFERENCES "billing_add_on"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "billing_price" ADD CONSTRAINT "billing_price_bundle_id_fkey" FOREIGN KEY ("bundle_id") REFERENCES "billing_token_bundle"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "billing_subscription" ADD CONSTRAINT "billing_subscription_tenant_id_fkey" FOREIGN KEY ("tenant_id") REFERENCES "tenant"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "billing_subscription" ADD CONSTRAINT "billing_subscription_user_id_fkey" FOREIGN KEY ("user_id") REFERENCES "user_account"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "billing_subscription" ADD CONSTRAINT "billing_subscription_plan_id_fkey" FOREIGN KEY ("plan_id") REFERENCES "billing_plan"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "billing_subscription" ADD CONSTRAINT "billing_subscription_scheduled_plan_id_fkey" FOREIGN KEY ("scheduled_plan_id") REFERENCES "billing_plan"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "billing_add_on_purchase" ADD CONSTRAINT "billing_add_on_purchase_tenant_id_fkey" FOREIGN KEY ("tenant_id") REFERENCES "tenant"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "billing_add_on_purchase" ADD CONSTRAINT "billing_add_on_purchase_user_id_fkey" FOREIGN KEY ("user_id") REFERENCES "user_account"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "billing_add_on_purchase" ADD CONSTRAINT "billing_add_on_purchase_add_on_id_fkey" FOREIGN KEY ("add_on_id") REFERENCES "billing_add_on"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "billing_add_on_purchase" ADD CONSTRAINT "billing_add_on_purchase_subscription_id_fkey" FOREIGN KEY ("subscription_id") REFERENCES "billing_subscription"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "billing_invoice" ADD CONSTRAINT "billing_invoice_tenant_id_fkey" FOREIGN KEY ("tenant_id") REFERENCES "tenant"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "billing_invoice" ADD CONSTRAINT "billing_invoice_user_id_fkey" FOREIGN KEY ("user_id") REFERENCES "user_account"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "billing_invoice" ADD CONSTRAINT "billing_invoice_subscription_id_fkey" FOREIGN KEY ("subscription_id") REFERENCES "billing_subscription"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "billing_invoice_line" ADD CONSTRAINT "billing_invoice_line_tenant_id_fkey" FOREIGN KEY ("tenant_id") REFERENCES "tenant"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "billing_invoice_line" ADD CONSTRAINT "billing_invoice_line_invoice_id_fkey" FOREIGN KEY ("invoice_id") REFERENCES "billing_invoice"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "billing_document_sequence" ADD CONSTRAINT "billing_document_sequence_tenant_id_fkey" FOREIGN KEY ("tenant_id") REFERENCES "tenant"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "billing_payment" ADD CONSTRAINT "billing_payment_tenant_id_fkey" FOREIGN KEY ("tenant_id") REFERENCES "tenant"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "billing_payment" ADD CONSTRAINT "billing_payment_invoice_id_fkey" FOREIGN KEY ("invoice_id") REFERENCES "billing_invoice"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "billing_refund" ADD CONSTRAINT "billing_refund_tenant_id_fkey" FOREIGN KEY ("tenant_id") REFERENCES "tenant"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "billing_refund" ADD CONSTRAINT "billing_refund_payment_id_fkey" FOREIGN KEY ("payment_id") REFERENCES "billing_payment"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "billing_refund" ADD CONSTRAINT "billing_refund_credit_note_id_fkey" FOREIGN KEY ("credit_note_id") REFERENCES "billing_credit_note"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "billing_credit_note" ADD CONSTRAINT "billing_credit_note_tenant_id_fkey" FOREIGN KEY ("tenant_id") REFERENCES "tenant"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "billing_credit_note" ADD CONSTRAINT "billing_credit_note_invoice_id_fkey" FOREIGN KEY ("invoice_id") REFERENCES "billing_invoice"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "billing_payment_method" ADD CONSTRAINT "billing_payment_method_tenant_id_fkey" FOREIGN KEY ("tenant_id") REFERENCES "tenant"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "billing_payment_method" ADD CONSTRAINT "billing_payment_method_user_id_fkey" FOREIGN KEY ("user_id") REFERENCES "user_account"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "billing_idempotency_key" ADD CONSTRAINT "billing_idempotency_key_tenant_id_fkey" FOREIGN KEY ("tenant_id") REFERENCES "tenant"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "billing_provider_event" ADD CONSTRAINT "billing_provider_event_tenant_id_fkey" FOREIGN KEY ("tenant_id") REFERENCES "tenant"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "billing_token_wallet" ADD CONSTRAINT "billing_token_wallet_tenant_id_fkey" FOREIGN KEY ("tenant_id") REFERENCES "tenant"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "billing_token_wallet" ADD CONSTRAINT "billing_token_wallet_user_id_fkey" FOREIGN KEY ("user_id") REFERENCES "user_account"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "billing_token_ledger_entry" ADD CONSTRAINT "billing_token_ledger_entry_tenant_id_fkey" FOREIGN KEY ("tenant_id") REFERENCES "tenant"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "billing_token_ledger_entry" ADD CONSTRAINT "billing_token_ledger_entry_wallet_id_fkey" FOREIGN KEY ("wallet_id") REFERENCES "billing_token_wallet"("id") ON DELETE RESTRICT ON UPDATE CASCADE;


-- Hand-written constraints Prisma can't express.
-- A price belongs to exactly one of plan, add-on or bundle, and is never negative.
ALTER TABLE "billing_price" ADD CONSTRAINT "billing_price_one_owner"
  CHECK (num_nonnulls("plan_id", "add_on_id", "bundle_id") = 1);
ALTER TABLE "billing_price" ADD CONSTRAINT "billing_price_unit_amount_nonnegative" CHECK ("unit_amount" >= 0);
ALTER TABLE "billing_tax_rate" ADD CONSTRAINT "billing_tax_rate_range" CHECK ("rate_millipercent" >= 0 AND "rate_millipercent" <= 100000);
ALTER TABLE "billing_token_bundle" ADD CONSTRAINT "billing_token_bundle_tokens_positive" CHECK ("tokens" > 0);
ALTER TABLE "billing_plan" ADD CONSTRAINT "billing_plan_counts_nonnegative"
  CHECK ("interval_count" >= 1 AND "trial_days" >= 0 AND "token_grant" >= 0);
ALTER TABLE "billing_currency" ADD CONSTRAINT "billing_currency_exponent_range" CHECK ("exponent" BETWEEN 0 AND 4);

-- isSingle: one live subscription per user in a single-subscription category.
CREATE UNIQUE INDEX "billing_subscription_single_category_live"
  ON "billing_subscription" ("tenant_id", "user_id", "single_category_id")
  WHERE "single_category_id" IS NOT NULL
    AND "status" IN ('incomplete', 'trialing', 'active', 'past_due', 'paused', 'unpaid');

-- Invoices: money never negative where it can't be; paid never exceeds total, refunds never exceed paid.
ALTER TABLE "billing_invoice" ADD CONSTRAINT "billing_invoice_amounts"
  CHECK ("total" >= 0 AND "amount_paid" >= 0 AND "amount_refunded" >= 0 AND "amount_refunded" <= "amount_paid");
ALTER TABLE "billing_payment" ADD CONSTRAINT "billing_payment_amounts"
  CHECK ("amount" >= 0 AND "amount_refunded" >= 0 AND "amount_refunded" <= "amount");
ALTER TABLE "billing_refund" ADD CONSTRAINT "billing_refund_amount_positive" CHECK ("amount" > 0);

-- Wallet: the balance never goes negative, and the ledger is append-only.
ALTER TABLE "billing_token_wallet" ADD CONSTRAINT "billing_token_wallet_balance_nonnegative" CHECK ("balance" >= 0);
ALTER TABLE "billing_token_ledger_entry" ADD CONSTRAINT "billing_token_ledger_entry_balance_after_nonnegative" CHECK ("balance_after" >= 0);
CREATE FUNCTION "billing_token_ledger_append_only"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  RAISE EXCEPTION 'billing_token_ledger_entry is append-only (% refused)', TG_OP;
END;
$$;
CREATE TRIGGER "billing_token_ledger_entry_append_only"
  BEFORE UPDATE OR DELETE ON "billing_token_ledger_entry"
  FOR EACH ROW EXECUTE FUNCTION "billing_token_ledger_append_only"();
