import { Button, EmptyState } from "@tillbox/ui";
import { SearchX } from "lucide-react";
import Link from "next/link";

export default function NotFoundPage() {
  return (
    <EmptyState
      className="mt-10"
      icon={<SearchX />}
      title="Page not found"
      description="This page does not exist, or it belongs to a plugin that is disabled."
      action={
        <Button asChild variant="outline" size="sm">
          <Link href="/plugins">Manage plugins</Link>
        </Button>
      }
    />
  );
}
