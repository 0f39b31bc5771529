-- Each invoice line records where its sellable is (reserved at checkout, released when the payment
-- fails or the invoice is void, fulfilled when paid, reversed when refunded), so every step runs
-- once per line however often a webhook or a sweep replays it.

-- AlterTable
ALTER TABLE "billing_invoice_line" ADD COLUMN     "fulfilment" TEXT NOT NULL DEFAULT 'none';

-- Lines written before: a paid invoice's billing lines were delivered (unless a payment issue says
-- the delivery failed); an unpaid invoice's checkout lines hold what checkout reserved.
UPDATE "billing_invoice_line" l SET "fulfilment" = 'fulfilled'
FROM "billing_invoice" i
WHERE i."id" = l."invoice_id" AND i."status" = 'paid' AND l."kind" IN ('plan', 'add_on', 'token_bundle', 'proration')
  AND NOT EXISTS (
    SELECT 1 FROM "billing_payment_issue" pi WHERE pi."invoice_id" = i."id" AND pi."kind" = 'fulfilment_failed' AND pi."status" = 'open'
  );
UPDATE "billing_invoice_line" l SET "fulfilment" = 'reserved'
FROM "billing_invoice" i
WHERE i."id" = l."invoice_id" AND i."status" IN ('draft', 'open', 'uncollectible') AND l."source" = 'core.price'
  AND l."kind" IN ('plan', 'add_on', 'token_bundle');
