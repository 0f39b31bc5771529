-- Access: impersonation sessions (an operator acting as another user, audited, ended with one click).
-- CreateTable
CREATE TABLE "impersonation_session" (
    "id" UUID NOT NULL,
    "tenant_id" TEXT NOT NULL,
    "admin_id" UUID NOT NULL,
    "target_user_id" UUID NOT NULL,
    "started_at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "ended_at" TIMESTAMP(3),
    "ip" TEXT,
    "user_agent" TEXT,

    CONSTRAINT "impersonation_session_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "impersonation_session_tenant_id_started_at_idx" ON "impersonation_session"("tenant_id", "started_at");

-- CreateIndex
CREATE INDEX "impersonation_session_admin_id_ended_at_idx" ON "impersonation_session"("admin_id", "ended_at");

-- AddForeignKey
ALTER TABLE "impersonation_session" ADD CONSTRAINT "impersonation_session_tenant_id_fkey" FOREIGN KEY ("tenant_id") REFERENCES "tenant"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "impersonation_session" ADD CONSTRAINT "impersonation_session_admin_id_fkey" FOREIGN KEY ("admin_id") REFERENCES "user_account"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "impersonation_session" ADD CONSTRAINT "impersonation_session_target_user_id_fkey" FOREIGN KEY ("target_user_id") REFERENCES "user_account"("id") ON DELETE CASCADE ON UPDATE CASCADE;

