-- Payments sandbox plugin: payment method setups (Stripe's SetupIntent) are kept as zero-amount
-- sandbox payments with ids "sbx_seti_…": the customer enters a card on the same sandbox page, and
-- nothing is charged. A refund still can never exceed what was paid.
ALTER TABLE "payments_sandbox_payment" DROP CONSTRAINT "payments_sandbox_payment_amounts_check";
ALTER TABLE "payments_sandbox_payment" ADD CONSTRAINT "payments_sandbox_payment_amounts_check"
    CHECK ("amount" >= 0 AND "amount_refunded" >= 0 AND "amount_refunded" <= "amount");
