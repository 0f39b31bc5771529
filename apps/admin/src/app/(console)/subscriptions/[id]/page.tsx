import type { Metadata } from "next";
import { SubscriptionDetail } from "~/components/billing/subscriptions/subscription-detail";

export const metadata: Metadata = { title: "Subscription" };

export default async function SubscriptionPage({ params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  return <SubscriptionDetail subscriptionId={id} />;
}
