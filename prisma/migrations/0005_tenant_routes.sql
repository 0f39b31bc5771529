-- Tenant routing rules: exact domain, subdomain of TILLBOX_BASE_DOMAIN, path prefix.
-- CreateEnum
CREATE TYPE "TenantRouteKind" AS ENUM ('exact_domain', 'subdomain', 'path_prefix');

-- CreateTable
CREATE TABLE "tenant_route" (
    "id" UUID NOT NULL,
    "tenant_id" TEXT NOT NULL,
    "kind" "TenantRouteKind" NOT NULL,
    "value" TEXT NOT NULL,
    "priority" INTEGER NOT NULL DEFAULT 0,
    "created_at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "tenant_route_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "tenant_route_tenant_id_idx" ON "tenant_route"("tenant_id");

-- CreateIndex
CREATE UNIQUE INDEX "tenant_route_kind_value_key" ON "tenant_route"("kind", "value");

-- AddForeignKey
ALTER TABLE "tenant_route" ADD CONSTRAINT "tenant_route_tenant_id_fkey" FOREIGN KEY ("tenant_id") REFERENCES "tenant"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

