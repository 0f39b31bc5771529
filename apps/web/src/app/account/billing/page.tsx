import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { redirect } from "next/navigation";
import { auth } from "~/auth";
import { AccountNav } from "~/components/account/account-nav";
import { InvoicesSection } from "~/components/billing/account/invoices-section";
import { SubscriptionsSection } from "~/components/billing/account/subscriptions-section";
import { WalletSection } from "~/components/billing/account/wallet-section";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("app.account"))("billingTitle") };
}

export default async function BillingPage() {
  const session = await auth();
  if (!session?.claims) redirect("/auth/sign-in?callbackUrl=%2Faccount%2Fbilling");
  const t = await getTranslations("app.account");
  return (
    <div className="mx-auto max-w-4xl px-6 py-12">
      <h1 className="text-3xl font-semibold tracking-tight">{t("billingTitle")}</h1>
      <p className="mt-2 text-muted-foreground">{t("billingDescription")}</p>
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
