-- Email: messages the dev transport captured instead of sending (the dev mailbox in the admin).
-- CreateTable
CREATE TABLE "email_message" (
    "id" UUID NOT NULL,
    "tenant_id" TEXT NOT NULL,
    "to" TEXT NOT NULL,
    "subject" TEXT NOT NULL,
    "text" TEXT NOT NULL,
    "html" TEXT NOT NULL,
    "template" TEXT NOT NULL,
    "locale" TEXT NOT NULL,
    "created_at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "email_message_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "email_message_tenant_id_created_at_idx" ON "email_message"("tenant_id", "created_at");

-- AddForeignKey
ALTER TABLE "email_message" ADD CONSTRAINT "email_message_tenant_id_fkey" FOREIGN KEY ("tenant_id") REFERENCES "tenant"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

