import type { Metadata } from "next";
import { redirect } from "next/navigation";
import { auth } from "~/auth";
import { AccountNav } from "~/components/account/account-nav";
import { InvoicesSection } from "~/components/billing/account/invoices-section";
import { SubscriptionsSection } from "~/components/billing/account/subscriptions-section";
import { WalletSection } from "~/components/billing/account/wallet-section";

export const metadata: Metadata = { title: "Billing" };

export default async function BillingPage() {
  const session = await auth();
  if (!session?.claims) redirect("/auth/sign-in?callbackUrl=%2Faccount%2Fbilling");
  return (
    <div className="mx-auto max-w-4xl px-6 py-12">
      <h1 className="text-3xl font-semibold tracking-tight">Billing</h1>
      <p className="mt-2 text-muted-foreground">Subscriptions, invoices and tokens.</p>
      <div className="mt-6">
        <AccountNav current="/account/billing" />
      </div>
      <div className="mt-8 grid gap-6">
        <SubscriptionsSection />
        <InvoicesSection />
        <WalletSection />
      </div>
    </div>
  );
}
