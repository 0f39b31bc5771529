-- Payments sandbox plugin: foreign keys between its tenant-scoped tables include tenant_id, so a row
-- can't point at another tenant's row (as core's 0013_tenant_foreign_keys.sql does for core
-- tables), and their rows can't change tenant. Generated with tooling/prisma/migration-diff.sh;
-- the check and the triggers are added by hand.

-- Existing rows must already agree: name every relation that has rows of another tenant and stop,
-- rather than rewrite or delete them; the whole migration rolls back.
DO $$
DECLARE
  relation text[];
  found bigint;
  sample text;
  problems text := '';
BEGIN
  FOREACH relation SLICE 1 IN ARRAY ARRAY[
    ['payments_sandbox_refund', 'sandbox_payment_id', 'payments_sandbox_payment']
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
ALTER TABLE "payments_sandbox_refund" DROP CONSTRAINT "payments_sandbox_refund_sandbox_payment_id_fkey";

-- CreateIndex
CREATE UNIQUE INDEX "payments_sandbox_payment_tenant_id_id_key" ON "payments_sandbox_payment"("tenant_id", "id");

-- AddForeignKey
ALTER TABLE "payments_sandbox_refund" ADD CONSTRAINT "payments_sandbox_refund_tenant_id_sandbox_payment_id_fkey" FOREIGN KEY ("tenant_id", "sandbox_payment_id") REFERENCES "payments_sandbox_payment"("tenant_id", "id") ON DELETE CASCADE ON UPDATE CASCADE;

-- A row stays in the tenant it was created in (core's tillbox_refuse_tenant_change).
DO $$
DECLARE
  name text;
BEGIN
  FOREACH name IN ARRAY ARRAY[
    'payments_sandbox_payment', 'payments_sandbox_refund'
  ] LOOP
    EXECUTE format(
      'CREATE TRIGGER %I BEFORE UPDATE OF "tenant_id" ON %I FOR EACH ROW WHEN (OLD."tenant_id" IS DISTINCT FROM NEW."tenant_id") EXECUTE FUNCTION "tillbox_refuse_tenant_change"()',
      name || '_tenant_id_fixed', name
    );
  END LOOP;
END $$;
