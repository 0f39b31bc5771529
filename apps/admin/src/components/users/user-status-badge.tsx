import { Badge } from "@tillbox/ui";

const variants = { active: "success", suspended: "warning", deleted: "secondary" } as const;

export function UserStatusBadge({ status }: { status: string }) {
  return <Badge variant={variants[status as keyof typeof variants] ?? "outline"}>{status}</Badge>;
}
