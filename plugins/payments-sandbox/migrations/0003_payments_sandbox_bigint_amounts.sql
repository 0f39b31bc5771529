-- Amounts are 64-bit like billing's (core migration 0010): the sandbox must take every charge
-- checkout can make. The schema keeps Int; Prisma reads BIGINT as a JavaScript number.
ALTER TABLE "payments_sandbox_payment" ALTER COLUMN "amount" TYPE BIGINT, ALTER COLUMN "amount_refunded" TYPE BIGINT;
ALTER TABLE "payments_sandbox_refund" ALTER COLUMN "amount" TYPE BIGINT;
