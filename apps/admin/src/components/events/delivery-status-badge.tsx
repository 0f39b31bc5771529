import { Badge, type BadgeProps } from "@tillbox/ui";

const variants: Record<string, BadgeProps["variant"]> = {
  succeeded: "success",
  dispatched: "success",
  pending: "warning",
  failed: "destructive",
  skipped: "secondary",
};

export function DeliveryStatusBadge({ status }: { status: string }) {
  return <Badge variant={variants[status] ?? "outline"}>{status}</Badge>;
}
