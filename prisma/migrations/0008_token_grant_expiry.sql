-- Token wallet (issue 4, area D): exact write order of ledger entries, and the record of expired grants.

-- Entries of one wallet are written while its row is locked, so a sequence drawn at insert time
-- orders them exactly as they happened (balance_after follows it). created_at is business time
-- from the billing clock and can tie under concurrency, so FIFO replay and paging use this.
ALTER TABLE "billing_token_ledger_entry" ADD COLUMN "sequence" BIGSERIAL NOT NULL;
CREATE UNIQUE INDEX "billing_token_ledger_entry_wallet_id_sequence_key" ON "billing_token_ledger_entry"("wallet_id", "sequence");

-- A ledger entry always moves tokens.
ALTER TABLE "billing_token_ledger_entry" ADD CONSTRAINT "billing_token_ledger_entry_amount_nonzero" CHECK ("amount" <> 0);

-- The hourly expiry job looks for lapsed grants through this (only rows with an expiry are indexed).
CREATE INDEX "billing_token_ledger_entry_expiring_idx" ON "billing_token_ledger_entry"("expires_at") WHERE "expires_at" IS NOT NULL;

-- One row per expiring grant once its expiresAt passed: the primary key makes expiry happen once.
CREATE TABLE "billing_token_grant_expiry" (
    "grant_entry_id" UUID NOT NULL,
    "tenant_id" TEXT NOT NULL,
    "wallet_id" UUID NOT NULL,
    "amount" INTEGER NOT NULL,
    "entry_id" UUID,
    "closed_through_sequence" BIGINT NOT NULL,
    "processed_at" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "billing_token_grant_expiry_pkey" PRIMARY KEY ("grant_entry_id"),
    CONSTRAINT "billing_token_grant_expiry_amount" CHECK ("amount" >= 0 AND ("amount" = 0) = ("entry_id" IS NULL))
);

CREATE UNIQUE INDEX "billing_token_grant_expiry_entry_id_key" ON "billing_token_grant_expiry"("entry_id");

ALTER TABLE "billing_token_grant_expiry" ADD CONSTRAINT "billing_token_grant_expiry_tenant_id_fkey" FOREIGN KEY ("tenant_id") REFERENCES "tenant"("id") ON DELETE RESTRICT ON UPDATE CASCADE;
ALTER TABLE "billing_token_grant_expiry" ADD CONSTRAINT "billing_token_grant_expiry_wallet_id_fkey" FOREIGN KEY ("wallet_id") REFERENCES "billing_token_wallet"("id") ON DELETE RESTRICT ON UPDATE CASCADE;
ALTER TABLE "billing_token_grant_expiry" ADD CONSTRAINT "billing_token_grant_expiry_grant_entry_id_fkey" FOREIGN KEY ("grant_entry_id") REFERENCES "billing_token_ledger_entry"("id") ON DELETE RESTRICT ON UPDATE CASCADE;
ALTER TABLE "billing_token_grant_expiry" ADD CONSTRAINT "billing_token_grant_expiry_entry_id_fkey" FOREIGN KEY ("entry_id") REFERENCES "billing_token_ledger_entry"("id") ON DELETE RESTRICT ON UPDATE CASCADE;
