-- Foreign keys between tenant-scoped tables include tenant_id: each (tenant_id, x_id) must match
-- a (tenant_id, id) of the referenced table, so the database itself refuses a row that points at
-- another tenant's row (nested Prisma writes and raw SQL included, which forTenant doesn't scope).
-- A nullable x_id is only checked when it is set; ON DELETE and ON UPDATE stay as they were.
-- A row's tenant_id can't change either: with tenant_id in the key, a nested Prisma connect from
-- another tenant's parent would otherwise move the row (consistently, so no key refuses it).
-- Generated with tooling/prisma/migration-diff.sh; the check, the ON DELETE SET NULL column lists
-- and the trigger are added by hand.

-- Existing rows must already agree, or adding the constraints would fail on the first bad row
-- with a bare key. Name every relation that has such rows and stop: business data is never
-- rewritten or deleted here, and the whole migration rolls back.
DO $$
DECLARE
  relation text[];
  found bigint;
  sample text;
  problems text := '';
BEGIN
  FOREACH relation SLICE 1 IN ARRAY ARRAY[
    ['user_role', 'user_id', 'user_account'],
    ['user_role', 'role_id', 'role'],
    ['auth_token', 'user_id', 'user_account'],
    ['api_key', 'user_id', 'user_account'],
    ['impersonation_session', 'admin_id', 'user_account'],
    ['impersonation_session', 'target_user_id', 'user_account'],
    ['billing_plan_category', 'parent_id', 'billing_plan_category'],
    ['billing_plan', 'category_id', 'billing_plan_category'],
    ['billing_add_on_plan', 'add_on_id', 'billing_add_on'],
    ['billing_add_on_plan', 'plan_id', 'billing_plan'],
    ['billing_price', 'plan_id', 'billing_plan'],
    ['billing_price', 'add_on_id', 'billing_add_on'],
    ['billing_price', 'bundle_id', 'billing_token_bundle'],
    ['billing_subscription', 'user_id', 'user_account'],
    ['billing_subscription', 'plan_id', 'billing_plan'],
    ['billing_subscription', 'scheduled_plan_id', 'billing_plan'],
    ['billing_pending_invoice_item', 'subscription_id', 'billing_subscription'],
    ['billing_add_on_purchase', 'user_id', 'user_account'],
    ['billing_add_on_purchase', 'add_on_id', 'billing_add_on'],
    ['billing_add_on_purchase', 'subscription_id', 'billing_subscription'],
    ['billing_invoice', 'user_id', 'user_account'],
    ['billing_invoice', 'subscription_id', 'billing_subscription'],
    ['billing_invoice_line', 'invoice_id', 'billing_invoice'],
    ['billing_payment', 'invoice_id', 'billing_invoice'],
    ['billing_payment_issue', 'invoice_id', 'billing_invoice'],
    ['billing_payment_issue', 'payment_id', 'billing_payment'],
    ['billing_payment_issue', 'user_id', 'user_account'],
    ['billing_refund', 'payment_id', 'billing_payment'],
    ['billing_refund', 'credit_note_id', 'billing_credit_note'],
    ['billing_credit_note', 'invoice_id', 'billing_invoice'],
    ['billing_payment_method', 'user_id', 'user_account'],
    ['billing_token_wallet', 'user_id', 'user_account'],
    ['billing_token_ledger_entry', 'wallet_id', 'billing_token_wallet'],
    ['billing_token_grant_expiry', 'wallet_id', 'billing_token_wallet'],
    ['billing_token_grant_expiry', 'grant_entry_id', 'billing_token_ledger_entry'],
    ['billing_token_grant_expiry', 'entry_id', 'billing_token_ledger_entry']
  ] LOOP
    EXECUTE format(
      'SELECT count(*), min(child.%2$I::text) FROM %1$I AS child JOIN %3$I AS parent ON parent.id = child.%2$I WHERE parent.tenant_id <> child.tenant_id',
      relation[1], relation[2], relation[3]
    ) INTO found, sample;
    IF found > 0 THEN
      problems := problems || format(E'\n  %s.%s: %s row(s) reference a %s row of another tenant (e.g. %s = %s)',
        relation[1], relation[2], found, relation[3], relation[2], sample);
    END IF;
  END LOOP;
  IF problems <> '' THEN
    RAISE EXCEPTION 'Tenant-scoped foreign keys can''t be added: existing rows reference rows of another tenant:%', problems
      || E'\nPoint each at a row of its own tenant (or remove it), then migrate again. Nothing was changed.';
  END IF;
END $$;

-- DropForeignKey
ALTER TABLE "user_role" DROP CONSTRAINT "user_role_user_id_fkey";

-- DropForeignKey
ALTER TABLE "user_role" DROP CONSTRAINT "user_role_role_id_fkey";

-- DropForeignKey
ALTER TABLE "auth_token" DROP CONSTRAINT "auth_token_user_id_fkey";

-- DropForeignKey
ALTER TABLE "api_key" DROP CONSTRAINT "api_key_user_id_fkey";

-- DropForeignKey
ALTER TABLE "impersonation_session" DROP CONSTRAINT "impersonation_session_admin_id_fkey";

-- DropForeignKey
ALTER TABLE "impersonation_session" DROP CONSTRAINT "impersonation_session_target_user_id_fkey";

-- DropForeignKey
ALTER TABLE "billing_plan_category" DROP CONSTRAINT "billing_plan_category_parent_id_fkey";

-- DropForeignKey
ALTER TABLE "billing_plan" DROP CONSTRAINT "billing_plan_category_id_fkey";

-- DropForeignKey
ALTER TABLE "billing_add_on_plan" DROP CONSTRAINT "billing_add_on_plan_add_on_id_fkey";

-- DropForeignKey
ALTER TABLE "billing_add_on_plan" DROP CONSTRAINT "billing_add_on_plan_plan_id_fkey";

-- DropForeignKey
ALTER TABLE "billing_price" DROP CONSTRAINT "billing_price_plan_id_fkey";

-- DropForeignKey
ALTER TABLE "billing_price" DROP CONSTRAINT "billing_price_add_on_id_fkey";

-- DropForeignKey
ALTER TABLE "billing_price" DROP CONSTRAINT "billing_price_bundle_id_fkey";

-- DropForeignKey
ALTER TABLE "billing_subscription" DROP CONSTRAINT "billing_subscription_user_id_fkey";

-- DropForeignKey
ALTER TABLE "billing_subscription" DROP CONSTRAINT "billing_subscription_plan_id_fkey";

-- DropForeignKey
ALTER TABLE "billing_subscription" DROP CONSTRAINT "billing_subscription_scheduled_plan_id_fkey";

-- DropForeignKey
ALTER TABLE "billing_pending_invoice_item" DROP CONSTRAINT "billing_pending_invoice_item_subscription_id_fkey";

-- DropForeignKey
ALTER TABLE "billing_add_on_purchase" DROP CONSTRAINT "billing_add_on_purchase_user_id_fkey";

-- DropForeignKey
ALTER TABLE "billing_add_on_purchase" DROP CONSTRAINT "billing_add_on_purchase_add_on_id_fkey";

-- DropForeignKey
ALTER TABLE "billing_add_on_purchase" DROP CONSTRAINT "billing_add_on_purchase_subscription_id_fkey";

-- DropForeignKey
ALTER TABLE "billing_invoice" DROP CONSTRAINT "billing_invoice_user_id_fkey";

-- DropForeignKey
ALTER TABLE "billing_invoice" DROP CONSTRAINT "billing_invoice_subscription_id_fkey";

-- DropForeignKey
ALTER TABLE "billing_invoice_line" DROP CONSTRAINT "billing_invoice_line_invoice_id_fkey";

-- DropForeignKey
ALTER TABLE "billing_payment" DROP CONSTRAINT "billing_payment_invoice_id_fkey";

-- DropForeignKey
ALTER TABLE "billing_refund" DROP CONSTRAINT "billing_refund_payment_id_fkey";

-- DropForeignKey
ALTER TABLE "billing_refund" DROP CONSTRAINT "billing_refund_credit_note_id_fkey";

-- DropForeignKey
ALTER TABLE "billing_credit_note" DROP CONSTRAINT "billing_credit_note_invoice_id_fkey";

-- DropForeignKey
ALTER TABLE "billing_payment_method" DROP CONSTRAINT "billing_payment_method_user_id_fkey";

-- DropForeignKey
ALTER TABLE "billing_token_wallet" DROP CONSTRAINT "billing_token_wallet_user_id_fkey";

-- DropForeignKey
ALTER TABLE "billing_token_ledger_entry" DROP CONSTRAINT "billing_token_ledger_entry_wallet_id_fkey";

-- DropForeignKey
ALTER TABLE "billing_token_grant_expiry" DROP CONSTRAINT "billing_token_grant_expiry_wallet_id_fkey";

-- DropForeignKey
ALTER TABLE "billing_token_grant_expiry" DROP CONSTRAINT "billing_token_grant_expiry_grant_entry_id_fkey";

-- DropForeignKey
ALTER TABLE "billing_token_grant_expiry" DROP CONSTRAINT "billing_token_grant_expiry_entry_id_fkey";

-- CreateIndex
CREATE UNIQUE INDEX "user_account_tenant_id_id_key" ON "user_account"("tenant_id", "id");

-- CreateIndex
CREATE UNIQUE INDEX "role_tenant_id_id_key" ON "role"("tenant_id", "id");

-- CreateIndex
CREATE UNIQUE INDEX "billing_plan_category_tenant_id_id_key" ON "billing_plan_category"("tenant_id", "id");

-- CreateIndex
CREATE UNIQUE INDEX "billing_plan_tenant_id_id_key" ON "billing_plan"("tenant_id", "id");

-- CreateIndex
CREATE UNIQUE INDEX "billing_add_on_tenant_id_id_key" ON "billing_add_on"("tenant_id", "id");

-- CreateIndex
CREATE UNIQUE INDEX "billing_token_bundle_tenant_id_id_key" ON "billing_token_bundle"("tenant_id", "id");

-- CreateIndex
CREATE UNIQUE INDEX "billing_subscription_tenant_id_id_key" ON "billing_subscription"("tenant_id", "id");

-- CreateIndex
CREATE UNIQUE INDEX "billing_invoice_tenant_id_id_key" ON "billing_invoice"("tenant_id", "id");

-- CreateIndex
CREATE UNIQUE INDEX "billing_payment_tenant_id_id_key" ON "billing_payment"("tenant_id", "id");

-- CreateIndex
CREATE UNIQUE INDEX "billing_credit_note_tenant_id_id_key" ON "billing_credit_note"("tenant_id", "id");

-- CreateIndex
CREATE UNIQUE INDEX "billing_token_wallet_tenant_id_id_key" ON "billing_token_wallet"("tenant_id", "id");

-- CreateIndex
CREATE UNIQUE INDEX "billing_token_ledger_entry_tenant_id_id_key" ON "billing_token_ledger_entry"("tenant_id", "id");

-- CreateIndex (one-to-one relations over (tenant_id, …) need a unique key on exactly those columns)
CREATE UNIQUE INDEX "billing_token_grant_expiry_tenant_id_grant_entry_id_key" ON "billing_token_grant_expiry"("tenant_id", "grant_entry_id");

-- CreateIndex
CREATE UNIQUE INDEX "billing_token_grant_expiry_tenant_id_entry_id_key" ON "billing_token_grant_expiry"("tenant_id", "entry_id");

-- AddForeignKey
ALTER TABLE "user_role" ADD CONSTRAINT "user_role_tenant_id_user_id_fkey" FOREIGN KEY ("tenant_id", "user_id") REFERENCES "user_account"("tenant_id", "id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "user_role" ADD CONSTRAINT "user_role_tenant_id_role_id_fkey" FOREIGN KEY ("tenant_id", "role_id") REFERENCES "role"("tenant_id", "id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "auth_token" ADD CONSTRAINT "auth_token_tenant_id_user_id_fkey" FOREIGN KEY ("tenant_id", "user_id") REFERENCES "user_account"("tenant_id", "id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "api_key" ADD CONSTRAINT "api_key_tenant_id_user_id_fkey" FOREIGN KEY ("tenant_id", "user_id") REFERENCES "user_account"("tenant_id", "id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "impersonation_session" ADD CONSTRAINT "impersonation_session_tenant_id_admin_id_fkey" FOREIGN KEY ("tenant_id", "admin_id") REFERENCES "user_account"("tenant_id", "id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "impersonation_session" ADD CONSTRAINT "impersonation_session_tenant_id_target_user_id_fkey" FOREIGN KEY ("tenant_id", "target_user_id") REFERENCES "user_account"("tenant_id", "id") ON DELETE CASCADE ON UPDATE CASCADE;

-- Prisma can only write SET NULL for the whole key, which would null tenant_id (NOT NULL) and make
-- the delete fail; PostgreSQL 15+ can null just the reference column, as SET NULL did before.
-- AddForeignKey (hand-edited: SET NULL names the reference column only)
ALTER TABLE "billing_plan_category" ADD CONSTRAINT "billing_plan_category_tenant_id_parent_id_fkey" FOREIGN KEY ("tenant_id", "parent_id") REFERENCES "billing_plan_category"("tenant_id", "id") ON DELETE SET NULL ("parent_id") ON UPDATE CASCADE;

-- AddForeignKey (hand-edited: SET NULL names the reference column only)
ALTER TABLE "billing_plan" ADD CONSTRAINT "billing_plan_tenant_id_category_id_fkey" FOREIGN KEY ("tenant_id", "category_id") REFERENCES "billing_plan_category"("tenant_id", "id") ON DELETE SET NULL ("category_id") ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "billing_add_on_plan" ADD CONSTRAINT "billing_add_on_plan_tenant_id_add_on_id_fkey" FOREIGN KEY ("tenant_id", "add_on_id") REFERENCES "billing_add_on"("tenant_id", "id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "billing_add_on_plan" ADD CONSTRAINT "billing_add_on_plan_tenant_id_plan_id_fkey" FOREIGN KEY ("tenant_id", "plan_id") REFERENCES "billing_plan"("tenant_id", "id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "billing_price" ADD CONSTRAINT "billing_price_tenant_id_plan_id_fkey" FOREIGN KEY ("tenant_id", "plan_id") REFERENCES "billing_plan"("tenant_id", "id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "billing_price" ADD CONSTRAINT "billing_price_tenant_id_add_on_id_fkey" FOREIGN KEY ("tenant_id", "add_on_id") REFERENCES "billing_add_on"("tenant_id", "id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "billing_price" ADD CONSTRAINT "billing_price_tenant_id_bundle_id_fkey" FOREIGN KEY ("tenant_id", "bundle_id") REFERENCES "billing_token_bundle"("tenant_id", "id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "billing_subscription" ADD CONSTRAINT "billing_subscription_tenant_id_user_id_fkey" FOREIGN KEY ("tenant_id", "user_id") REFERENCES "user_account"("tenant_id", "id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "billing_subscription" ADD CONSTRAINT "billing_subscription_tenant_id_plan_id_fkey" FOREIGN KEY ("tenant_id", "plan_id") REFERENCES "billing_plan"("tenant_id", "id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey (hand-edited: SET NULL names the reference column only)
ALTER TABLE "billing_subscription" ADD CONSTRAINT "billing_subscription_tenant_id_scheduled_plan_id_fkey" FOREIGN KEY ("tenant_id", "scheduled_plan_id") REFERENCES "billing_plan"("tenant_id", "id") ON DELETE SET NULL ("scheduled_plan_id") ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "billing_pending_invoice_item" ADD CONSTRAINT "billing_pending_invoice_item_tenant_id_subscription_id_fkey" FOREIGN KEY ("tenant_id", "subscription_id") REFERENCES "billing_subscription"("tenant_id", "id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "billing_add_on_purchase" ADD CONSTRAINT "billing_add_on_purchase_tenant_id_user_id_fkey" FOREIGN KEY ("tenant_id", "user_id") REFERENCES "user_account"("tenant_id", "id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "billing_add_on_purchase" ADD CONSTRAINT "billing_add_on_purchase_tenant_id_add_on_id_fkey" FOREIGN KEY ("tenant_id", "add_on_id") REFERENCES "billing_add_on"("tenant_id", "id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey (hand-edited: SET NULL names the reference column only)
ALTER TABLE "billing_add_on_purchase" ADD CONSTRAINT "billing_add_on_purchase_tenant_id_subscription_id_fkey" FOREIGN KEY ("tenant_id", "subscription_id") REFERENCES "billing_subscription"("tenant_id", "id") ON DELETE SET NULL ("subscription_id") ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "billing_invoice" ADD CONSTRAINT "billing_invoice_tenant_id_user_id_fkey" FOREIGN KEY ("tenant_id", "user_id") REFERENCES "user_account"("tenant_id", "id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey (hand-edited: SET NULL names the reference column only)
ALTER TABLE "billing_invoice" ADD CONSTRAINT "billing_invoice_tenant_id_subscription_id_fkey" FOREIGN KEY ("tenant_id", "subscription_id") REFERENCES "billing_subscription"("tenant_id", "id") ON DELETE SET NULL ("subscription_id") ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "billing_invoice_line" ADD CONSTRAINT "billing_invoice_line_tenant_id_invoice_id_fkey" FOREIGN KEY ("tenant_id", "invoice_id") REFERENCES "billing_invoice"("tenant_id", "id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "billing_payment" ADD CONSTRAINT "billing_payment_tenant_id_invoice_id_fkey" FOREIGN KEY ("tenant_id", "invoice_id") REFERENCES "billing_invoice"("tenant_id", "id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "billing_refund" ADD CONSTRAINT "billing_refund_tenant_id_payment_id_fkey" FOREIGN KEY ("tenant_id", "payment_id") REFERENCES "billing_payment"("tenant_id", "id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey (hand-edited: SET NULL names the reference column only)
ALTER TABLE "billing_refund" ADD CONSTRAINT "billing_refund_tenant_id_credit_note_id_fkey" FOREIGN KEY ("tenant_id", "credit_note_id") REFERENCES "billing_credit_note"("tenant_id", "id") ON DELETE SET NULL ("credit_note_id") ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "billing_credit_note" ADD CONSTRAINT "billing_credit_note_tenant_id_invoice_id_fkey" FOREIGN KEY ("tenant_id", "invoice_id") REFERENCES "billing_invoice"("tenant_id", "id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "billing_payment_method" ADD CONSTRAINT "billing_payment_method_tenant_id_user_id_fkey" FOREIGN KEY ("tenant_id", "user_id") REFERENCES "user_account"("tenant_id", "id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "billing_token_wallet" ADD CONSTRAINT "billing_token_wallet_tenant_id_user_id_fkey" FOREIGN KEY ("tenant_id", "user_id") REFERENCES "user_account"("tenant_id", "id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "billing_token_ledger_entry" ADD CONSTRAINT "billing_token_ledger_entry_tenant_id_wallet_id_fkey" FOREIGN KEY ("tenant_id", "wallet_id") REFERENCES "billing_token_wallet"("tenant_id", "id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "billing_token_grant_expiry" ADD CONSTRAINT "billing_token_grant_expiry_tenant_id_wallet_id_fkey" FOREIGN KEY ("tenant_id", "wallet_id") REFERENCES "billing_token_wallet"("tenant_id", "id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "billing_token_grant_expiry" ADD CONSTRAINT "billing_token_grant_expiry_tenant_id_grant_entry_id_fkey" FOREIGN KEY ("tenant_id", "grant_entry_id") REFERENCES "billing_token_ledger_entry"("tenant_id", "id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "billing_token_grant_expiry" ADD CONSTRAINT "billing_token_grant_expiry_tenant_id_entry_id_fkey" FOREIGN KEY ("tenant_id", "entry_id") REFERENCES "billing_token_ledger_entry"("tenant_id", "id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- Payment issues (0011) reference their invoice, payment and customer within their tenant too.
ALTER TABLE "billing_payment_issue" DROP CONSTRAINT "billing_payment_issue_invoice_id_fkey";
ALTER TABLE "billing_payment_issue" DROP CONSTRAINT "billing_payment_issue_payment_id_fkey";
ALTER TABLE "billing_payment_issue" DROP CONSTRAINT "billing_payment_issue_user_id_fkey";
ALTER TABLE "billing_payment_issue" ADD CONSTRAINT "billing_payment_issue_tenant_id_invoice_id_fkey" FOREIGN KEY ("tenant_id", "invoice_id") REFERENCES "billing_invoice"("tenant_id", "id") ON DELETE RESTRICT ON UPDATE CASCADE;
ALTER TABLE "billing_payment_issue" ADD CONSTRAINT "billing_payment_issue_tenant_id_payment_id_fkey" FOREIGN KEY ("tenant_id", "payment_id") REFERENCES "billing_payment"("tenant_id", "id") ON DELETE RESTRICT ON UPDATE CASCADE;
ALTER TABLE "billing_payment_issue" ADD CONSTRAINT "billing_payment_issue_tenant_id_user_id_fkey" FOREIGN KEY ("tenant_id", "user_id") REFERENCES "user_account"("tenant_id", "id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- A row stays in the tenant it was created in. Only an UPDATE that sets tenant_id to another value
-- fires this; plugins add the same trigger to their tenant-scoped tables.
CREATE FUNCTION "tillbox_refuse_tenant_change"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  RAISE EXCEPTION '%.tenant_id can''t change (from % to %): a row stays in the tenant it was created in', TG_TABLE_NAME, OLD."tenant_id", NEW."tenant_id";
END $$;

DO $$
DECLARE
  name text;
BEGIN
  FOREACH name IN ARRAY ARRAY[
    'api_key', 'audit_log', 'auth_token', 'billing_add_on',
    'billing_add_on_plan', 'billing_add_on_purchase', 'billing_country', 'billing_credit_note',
    'billing_currency', 'billing_document_sequence', 'billing_idempotency_key', 'billing_invoice',
    'billing_invoice_line', 'billing_payment', 'billing_payment_issue', 'billing_payment_method', 'billing_pending_invoice_item',
    'billing_plan', 'billing_plan_category', 'billing_price', 'billing_provider_event',
    'billing_refund', 'billing_settings', 'billing_subscription', 'billing_tax_rate',
    'billing_token_bundle', 'billing_token_grant_expiry', 'billing_token_ledger_entry', 'billing_token_wallet',
    'email_message', 'impersonation_session', 'outbox_event', 'role',
    'tenant_route', 'user_account', 'user_role'
  ] LOOP
    EXECUTE format(
      'CREATE TRIGGER %I BEFORE UPDATE OF "tenant_id" ON %I FOR EACH ROW WHEN (OLD."tenant_id" IS DISTINCT FROM NEW."tenant_id") EXECUTE FUNCTION "tillbox_refuse_tenant_change"()',
      name || '_tenant_id_fixed', name
    );
  END LOOP;
END $$;
