"use client";

import { Button, EmptyState } from "@tillbox/ui";
import { TriangleAlert } from "lucide-react";
import { useMessages } from "@tillbox/plugin-sdk/ui";

/** Server errors arrive without detail (by design); the digest matches the server log line. */
export default function ErrorPage({ error, reset }: { error: Error & { digest?: string }; reset: () => void }) {
  const { t } = useMessages("app.pages");
  return (
    <EmptyState
      className="mx-auto mt-16 max-w-lg"
      icon={<TriangleAlert />}
      title={t("thisPageFailedToLoad")}
      description={`Check /api/health and the server log${error.digest ? ` (digest ${error.digest})` : ""}.`}
      action={
        <Button variant="outline" size="sm" onClick={reset}>
          {t("tryAgain")}
        </Button>
      }
    />
  );
}
