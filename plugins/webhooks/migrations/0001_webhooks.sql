-- Webhooks plugin: endpoints, deliveries (one per endpoint and event) and per-attempt log rows.
-- CreateEnum
CREATE TYPE "webhooks_delivery_status" AS ENUM ('pending', 'succeeded', 'failed');

-- CreateTable
CREATE TABLE "webhooks_endpoint" (
    "id" UUID NOT NULL,
    "tenant_id" TEXT NOT NULL,
    "url" TEXT NOT NULL,
    "description" TEXT NOT NULL DEFAULT '',
    "events" TEXT[],
    "enabled" BOOLEAN NOT NULL DEFAULT true,
    "secret" TEXT NOT NULL,
    "previous_secret" TEXT,
    "previous_secret_expires_at" TIMESTAMP(3),
    "created_at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "webhooks_endpoint_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "webhooks_delivery" (
    "id" UUID NOT NULL,
    "tenant_id" TEXT NOT NULL,
    "endpoint_id" UUID NOT NULL,
    "event_id" TEXT NOT NULL,
    "event_name" TEXT NOT NULL,
    "body" TEXT NOT NULL,
    "status" "webhooks_delivery_status" NOT NULL DEFAULT 'pending',
    "attempts" INTEGER NOT NULL DEFAULT 0,
    "last_status_code" INTEGER,
    "last_duration_ms" INTEGER,
    "last_error" TEXT,
    "next_attempt_at" TIMESTAMP(3),
    "created_at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "webhooks_delivery_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "webhooks_attempt" (
    "id" UUID NOT NULL,
    "tenant_id" TEXT NOT NULL,
    "delivery_id" UUID NOT NULL,
    "number" INTEGER NOT NULL,
    "manual" BOOLEAN NOT NULL DEFAULT false,
    "status_code" INTEGER,
    "duration_ms" INTEGER NOT NULL,
    "error" TEXT,
    "response_body" TEXT,
    "created_at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "webhooks_attempt_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "webhooks_endpoint_tenant_id_created_at_idx" ON "webhooks_endpoint"("tenant_id", "created_at");

-- CreateIndex
CREATE INDEX "webhooks_delivery_tenant_id_created_at_idx" ON "webhooks_delivery"("tenant_id", "created_at");

-- CreateIndex
CREATE INDEX "webhooks_delivery_status_next_attempt_at_idx" ON "webhooks_delivery"("status", "next_attempt_at");

-- CreateIndex
CREATE UNIQUE INDEX "webhooks_delivery_endpoint_id_event_id_key" ON "webhooks_delivery"("endpoint_id", "event_id");

-- CreateIndex
CREATE INDEX "webhooks_attempt_delivery_id_created_at_idx" ON "webhooks_attempt"("delivery_id", "created_at");

-- AddForeignKey
ALTER TABLE "webhooks_endpoint" ADD CONSTRAINT "webhooks_endpoint_tenant_id_fkey" FOREIGN KEY ("tenant_id") REFERENCES "tenant"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "webhooks_delivery" ADD CONSTRAINT "webhooks_delivery_tenant_id_fkey" FOREIGN KEY ("tenant_id") REFERENCES "tenant"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "webhooks_delivery" ADD CONSTRAINT "webhooks_delivery_endpoint_id_fkey" FOREIGN KEY ("endpoint_id") REFERENCES "webhooks_endpoint"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "webhooks_attempt" ADD CONSTRAINT "webhooks_attempt_tenant_id_fkey" FOREIGN KEY ("tenant_id") REFERENCES "tenant"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "webhooks_attempt" ADD CONSTRAINT "webhooks_attempt_delivery_id_fkey" FOREIGN KEY ("delivery_id") REFERENCES "webhooks_delivery"("id") ON DELETE CASCADE ON UPDATE CASCADE;

