-- How a plan change that switches the billing interval applies: at once with the cycle restarted
-- (Stripe's default, so existing tenants get it) or, for interval downgrades, at the period end.
-- Generated with tooling/prisma/migration-diff.sh.

-- AlterTable
ALTER TABLE "billing_settings" ADD COLUMN "interval_change" TEXT NOT NULL DEFAULT 'immediate';
