-- Webhooks plugin: foreign keys between its tenant-scoped tables include tenant_id, so a row
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
    ['webhooks_delivery', 'endpoint_id', 'webhooks_endpoint'],
    ['webhooks_attempt', 'delivery_id', 'webhooks_delivery']
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
ALTER TABLE "webhooks_delivery" DROP CONSTRAINT "webhooks_delivery_endpoint_id_fkey";

-- DropForeignKey
ALTER TABLE "webhooks_attempt" DROP CONSTRAINT "webhooks_attempt_delivery_id_fkey";

-- CreateIndex
CREATE UNIQUE INDEX "webhooks_endpoint_tenant_id_id_key" ON "webhooks_endpoint"("tenant_id", "id");

-- CreateIndex
CREATE UNIQUE INDEX "webhooks_delivery_tenant_id_id_key" ON "webhooks_delivery"("tenant_id", "id");

-- AddForeignKey
ALTER TABLE "webhooks_delivery" ADD CONSTRAINT "webhooks_delivery_tenant_id_endpoint_id_fkey" FOREIGN KEY ("tenant_id", "endpoint_id") REFERENCES "webhooks_endpoint"("tenant_id", "id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "webhooks_attempt" ADD CONSTRAINT "webhooks_attempt_tenant_id_delivery_id_fkey" FOREIGN KEY ("tenant_id", "delivery_id") REFERENCES "webhooks_delivery"("tenant_id", "id") ON DELETE CASCADE ON UPDATE CASCADE;

-- A row stays in the tenant it was created in (core's tillbox_refuse_tenant_change).
DO $$
DECLARE
  name text;
BEGIN
  FOREACH name IN ARRAY ARRAY[
    'webhooks_endpoint', 'webhooks_delivery', 'webhooks_attempt'
  ] LOOP
    EXECUTE format(
      'CREATE TRIGGER %I BEFORE UPDATE OF "tenant_id" ON %I FOR EACH ROW WHEN (OLD."tenant_id" IS DISTINCT FROM NEW."tenant_id") EXECUTE FUNCTION "tillbox_refuse_tenant_change"()',
      name || '_tenant_id_fixed', name
    );
  END LOOP;
END $$;
