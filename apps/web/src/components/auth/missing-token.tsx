import { Button } from "@tillbox/ui";
import Link from "next/link";
import { LinkStatus } from "./link-status";

/** A link page opened without ?token= (usually a mail client that cut the URL short). */
export function MissingToken({ retryHref, retryLabel }: { retryHref: string; retryLabel: string }) {
  return (
    <LinkStatus tone="error" title="This link is incomplete" action={<Button asChild variant="outline"><Link href={retryHref}>{retryLabel}</Link></Button>}>
      Open the link from the mail again, or copy the whole address into your browser.
    </LinkStatus>
  );
}
