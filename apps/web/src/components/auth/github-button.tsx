"use client";

import { Button } from "@tillbox/ui";
import { signIn } from "next-auth/react";
import { useState } from "react";
import { useMessages } from "@tillbox/plugin-sdk/ui";

/** Rendered only when AUTH_GITHUB_ID and AUTH_GITHUB_SECRET are set (the provider is off otherwise). */
export function GitHubButton({ callbackUrl }: { callbackUrl: string }) {
  const { t } = useMessages("app.auth");
  const [pending, setPending] = useState(false);
  return (
    <Button
      type="button"
      variant="outline"
      disabled={pending}
      onClick={() => {
        setPending(true);
        void signIn("github", { redirectTo: callbackUrl });
      }}
    >
      <svg viewBox="0 0 24 24" aria-hidden fill="currentColor">
        <path d="M12 .5a12 12 0 0 0-3.8 23.4c.6.1.8-.3.8-.6v-2c-3.3.7-4-1.6-4-1.6-.6-1.4-1.4-1.8-1.4-1.8-1-.7.1-.7.1-.7 1.2.1 1.8 1.2 1.8 1.2 1 1.8 2.8 1.3 3.5 1 .1-.8.4-1.3.7-1.6-2.7-.3-5.5-1.3-5.5-5.9 0-1.3.5-2.4 1.2-3.2-.1-.3-.5-1.5.1-3.2 0 0 1-.3 3.3 1.2a11.5 11.5 0 0 1 6 0C17.3 4.6 18.3 5 18.3 5c.7 1.7.3 2.9.1 3.2.8.8 1.2 1.9 1.2 3.2 0 4.6-2.8 5.6-5.5 5.9.4.4.8 1.1.8 2.2v3.3c0 .3.2.7.8.6A12 12 0 0 0 12 .5Z" />
      </svg>
      {t("continueWithGithub")}
    </Button>
  );
}
