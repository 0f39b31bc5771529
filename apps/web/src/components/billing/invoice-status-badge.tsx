import { Badge, type BadgeProps } from "@tillbox/ui";

const variants: Record<string, BadgeProps["variant"]> = { paid: "success", open: "warning", void: "secondary", uncollectible: "destructive", draft: "outline" };

export function InvoiceStatusBadge({ status }: { status: string }) {
  return <Badge variant={variants[status] ?? "outline"}>{status}</Badge>;
}
