import type { Metadata } from "next";
import { redirect } from "next/navigation";
import { auth } from "~/auth";
import { FormAlert } from "~/components/auth/form-alert";
import { CheckoutSuccess } from "~/components/billing/checkout/checkout-success";
import { signInRedirect } from "~/components/billing/sign-in-redirect";

export const metadata: Metadata = { title: "Order complete" };

type SearchParams = Promise<Record<string, string | string[] | undefined>>;

export default async function CheckoutSuccessPage({ searchParams }: { searchParams: SearchParams }) {
  const params = await searchParams;
  const session = await auth();
  if (!session?.claims) redirect(signInRedirect("/checkout/success", params));
  const invoiceId = typeof params.invoice === "string" ? params.invoice : null;
  return (
    <div className="mx-auto max-w-xl px-6 py-16">
      {invoiceId && /^[0-9a-f-]{36}$/i.test(invoiceId) ? <CheckoutSuccess invoiceId={invoiceId} /> : <FormAlert>This link names no order.</FormAlert>}
    </div>
  );
}
