-- {{name}} plugin: its items table. What tooling/prisma/migration-diff.sh prints for
-- schema.prisma, plus the trigger every tenant-scoped table carries (core's tillbox_refuse_tenant_change).

-- CreateTable
CREATE TABLE "{{tablePrefix}}_item" (
    "id" UUID NOT NULL,
    "tenant_id" TEXT NOT NULL,
    "title" TEXT NOT NULL,
    "processed_at" TIMESTAMP(3),
    "created_at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "{{tablePrefix}}_item_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "{{tablePrefix}}_item_tenant_id_created_at_idx" ON "{{tablePrefix}}_item"("tenant_id", "created_at");

-- AddForeignKey
ALTER TABLE "{{tablePrefix}}_item" ADD CONSTRAINT "{{tablePrefix}}_item_tenant_id_fkey" FOREIGN KEY ("tenant_id") REFERENCES "tenant"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- A row stays in the tenant it was created in.
CREATE TRIGGER "{{tablePrefix}}_item_tenant_id_fixed" BEFORE UPDATE OF "tenant_id" ON "{{tablePrefix}}_item" FOR EACH ROW WHEN (OLD."tenant_id" IS DISTINCT FROM NEW."tenant_id") EXECUTE FUNCTION "tillbox_refuse_tenant_change"();
