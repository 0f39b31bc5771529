import { Button, EmptyState } from "@tillbox/ui";
import { SearchX } from "lucide-react";
import Link from "next/link";
import { useMessages } from "@tillbox/plugin-sdk/ui";

export default function NotFoundPage() {
  const { t } = useMessages("app.pages");
  return (
    <EmptyState
      className="mt-10"
      icon={<SearchX />}
      title={t("pageNotFound")}
      description={t("thisPageDoesNotExist")}
      action={
        <Button asChild variant="outline" size="sm">
          <Link href="/plugins">{t("managePlugins")}</Link>
        </Button>
      }
    />
  );
}
