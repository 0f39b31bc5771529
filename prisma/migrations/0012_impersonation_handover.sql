-- The back-office hands an impersonation over to the portal with a signed token; redeeming it sets
-- this column in one guarded UPDATE (… WHERE handover_consumed_at IS NULL), so each hand-over works
-- once. Generated with tooling/prisma/migration-diff.sh.

-- AlterTable
ALTER TABLE "impersonation_session" ADD COLUMN "handover_consumed_at" TIMESTAMP(3);
