-- Receipts (payments, refunds) are mailed to customers; an operator may have a copy of each sent
-- to one address (billing settings "send a copy of receipts to"). Generated with
-- tooling/prisma/migration-diff.sh.

-- AlterTable
ALTER TABLE "billing_settings" ADD COLUMN     "receipt_copy_to" TEXT;
