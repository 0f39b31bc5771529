"use client";

import { Alert, AlertDescription, AlertTitle } from "@tillbox/ui";
import { Inbox } from "lucide-react";
import { createContext, useContext, type ReactNode } from "react";
import { useMessages } from "@tillbox/plugin-sdk/ui";

/**
 * The admin Mailbox URL, or null outside development. Server layouts set it (they can read
 * ADMIN_URL; client forms cannot), and every "check your inbox" screen below them shows the hint.
 */
const DevMailboxContext = createContext<string | null>(null);

export function DevMailboxProvider({ url, children }: { url: string | null; children: ReactNode }) {
  return <DevMailboxContext.Provider value={url}>{children}</DevMailboxContext.Provider>;
}

export function DevMailboxHint() {
  const { t } = useMessages("app.auth");
  const url = useContext(DevMailboxContext);
  if (!url) return null;
  return (
    <Alert variant="info">
      <Inbox aria-hidden />
      <AlertTitle>{t("developmentModeMailsAreNot")}</AlertTitle>
      <AlertDescription>
        <p>
          Find this mail in the admin&apos;s{" "}
          <a href={url} className="font-medium underline underline-offset-4" target="_blank" rel="noreferrer">
            {t("mailboxPage")}
          </a>{" "}
          ({url}); it is also printed to the server console.
        </p>
      </AlertDescription>
    </Alert>
  );
}
