import { Badge, type BadgeProps } from "@tillbox/ui";

const variants: Record<string, BadgeProps["variant"]> = {
  enabled: "success",
  disabled: "secondary",
  error: "destructive",
  discovered: "outline",
  initialized: "outline",
};

export function StatusBadge({ status }: { status: string }) {
  return (
    <Badge variant={variants[status] ?? "outline"} data-testid="plugin-status">
      <span className="size-1.5 rounded-full bg-current" aria-hidden />
      {status}
    </Badge>
  );
}
