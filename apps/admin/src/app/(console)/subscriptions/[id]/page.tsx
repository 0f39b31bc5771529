import type { Metadata } from "next";
import { SubscriptionDetail } from "~/components/billing/subscriptions/subscription-detail";
import { getTranslations } from "next-intl/server";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("app.pages"))("subscription") };
}

export default async function SubscriptionPage({ params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  return <SubscriptionDetail subscriptionId={id} />;
}
