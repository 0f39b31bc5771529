import { Button } from "@tillbox/ui";
import Link from "next/link";
import { LinkStatus } from "./link-status";
import { useMessages } from "@tillbox/plugin-sdk/ui";

/** A link page opened without ?token= (usually a mail client that cut the URL short). */
export function MissingToken({ retryHref, retryLabel }: { retryHref: string; retryLabel: string }) {
  const { t } = useMessages("app.auth");
  return (
    <LinkStatus
      tone="error"
      title={t("thisLinkIsIncomplete")}
      action={
        <Button asChild variant="outline">
          <Link href={retryHref}>{retryLabel}</Link>
        </Button>
      }
    >
      {t("openTheLinkFromThe")}
    </LinkStatus>
  );
}
