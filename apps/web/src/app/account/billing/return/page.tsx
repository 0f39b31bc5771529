import type { Metadata } from "next";
import { PaymentReturn } from "~/components/billing/checkout/payment-return";

export const metadata: Metadata = { title: "Finishing your payment" };

/** The returnUrl checkout gives providers; /account/* is behind the sign-in proxy. */
export default function PaymentReturnPage() {
  return (
    <div className="mx-auto max-w-xl px-6 py-16">
      <h1 className="mb-6 text-3xl font-semibold tracking-tight">Finishing your payment</h1>
      <PaymentReturn />
    </div>
  );
}
