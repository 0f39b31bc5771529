import { Badge, type BadgeProps } from "@tillbox/ui";

// Shared with the portal: refund states and en/de labels.
export { InvoiceStatusBadge } from "@tillbox/ui/billing";

const subscriptionVariants: Record<string, BadgeProps["variant"]> = {
  active: "success",
  trialing: "success",
  past_due: "warning",
  unpaid: "destructive",
  incomplete: "warning",
  incomplete_expired: "secondary",
  paused: "secondary",
  canceled: "secondary",
};

const paymentVariants: Record<string, BadgeProps["variant"]> = {
  succeeded: "success",
  pending: "warning",
  requires_action: "warning",
  failed: "destructive",
  canceled: "secondary",
};

export function SubscriptionStatusBadge({ status }: { status: string }) {
  return <Badge variant={subscriptionVariants[status] ?? "outline"}>{status.replace(/_/g, " ")}</Badge>;
}

export function PaymentStatusBadge({ status }: { status: string }) {
  return <Badge variant={paymentVariants[status] ?? "outline"}>{status.replace(/_/g, " ")}</Badge>;
}
