import type { Metadata } from "next";
import { redirect } from "next/navigation";
import { auth } from "~/auth";
import { FormAlert } from "~/components/auth/form-alert";
import { SandboxActionView } from "~/components/billing/sandbox/sandbox-action-view";
import { signInRedirect } from "~/components/billing/sign-in-redirect";

export const metadata: Metadata = { title: "Confirm payment" };

type SearchParams = Promise<Record<string, string | string[] | undefined>>;

/** Where the payments-sandbox plugin sends the customer (its nextActionUrl) to enter a test card. */
export default async function SandboxActionPage({ searchParams }: { searchParams: SearchParams }) {
  const params = await searchParams;
  const session = await auth();
  if (!session?.claims) redirect(signInRedirect("/checkout/sandbox-action", params));
  const paymentId = typeof params.payment === "string" ? params.payment.trim() : "";
  return (
    <div className="mx-auto max-w-xl px-6 py-12">
      <h1 className="mb-6 text-3xl font-semibold tracking-tight">Confirm your payment</h1>
      {paymentId ? <SandboxActionView sandboxPaymentId={paymentId} /> : <FormAlert>This link names no payment.</FormAlert>}
    </div>
  );
}
