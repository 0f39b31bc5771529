-- Money and token amounts become 64-bit. INTEGER stopped at 2,147,483,647: a JPY or KRW invoice
-- total (¥2.2 billion) or a wallet of metered tokens can pass it, and the catalogue accepted values
-- it could not store. Prisma's schema keeps these fields as Int: its client reads and writes BIGINT
-- columns as JavaScript numbers, exact up to MAX_AMOUNT (packages/core/src/billing/money/limits.ts),
-- the one limit every schema and computed amount is held to. Written by hand (the schema did not
-- change, so migration-diff has nothing to say); CHECK constraints carry over with the columns.
ALTER TABLE "billing_plan" ALTER COLUMN "token_grant" TYPE BIGINT;
ALTER TABLE "billing_token_bundle" ALTER COLUMN "tokens" TYPE BIGINT;
ALTER TABLE "billing_price" ALTER COLUMN "unit_amount" TYPE BIGINT;
ALTER TABLE "billing_subscription" ALTER COLUMN "unit_amount" TYPE BIGINT;
ALTER TABLE "billing_pending_invoice_item" ALTER COLUMN "amount" TYPE BIGINT;
ALTER TABLE "billing_add_on_purchase" ALTER COLUMN "unit_amount" TYPE BIGINT;
ALTER TABLE "billing_invoice"
  ALTER COLUMN "subtotal" TYPE BIGINT,
  ALTER COLUMN "tax_total" TYPE BIGINT,
  ALTER COLUMN "total" TYPE BIGINT,
  ALTER COLUMN "amount_paid" TYPE BIGINT,
  ALTER COLUMN "amount_refunded" TYPE BIGINT;
ALTER TABLE "billing_invoice_line"
  ALTER COLUMN "unit_amount" TYPE BIGINT,
  ALTER COLUMN "amount" TYPE BIGINT,
  ALTER COLUMN "tax_amount" TYPE BIGINT;
ALTER TABLE "billing_payment" ALTER COLUMN "amount" TYPE BIGINT, ALTER COLUMN "amount_refunded" TYPE BIGINT;
ALTER TABLE "billing_refund" ALTER COLUMN "amount" TYPE BIGINT;
ALTER TABLE "billing_credit_note" ALTER COLUMN "amount" TYPE BIGINT, ALTER COLUMN "tax_amount" TYPE BIGINT;
ALTER TABLE "billing_token_wallet" ALTER COLUMN "balance" TYPE BIGINT;
ALTER TABLE "billing_token_ledger_entry" ALTER COLUMN "amount" TYPE BIGINT, ALTER COLUMN "balance_after" TYPE BIGINT;
ALTER TABLE "billing_token_grant_expiry" ALTER COLUMN "amount" TYPE BIGINT;
