"use client";

import { useState } from "react";
import { Alert, AlertDescription, AlertTitle, Button, Icon } from "@tillbox/plugin-sdk/ui";
import type { Translate } from "@tillbox/plugin-sdk/ui";

/** The one moment the signing secret is visible: after creation or rotation. */
export function SecretReveal({ secret, t }: { secret: string; t: Translate }) {
  const [copied, setCopied] = useState(false);
  async function copy() {
    await navigator.clipboard.writeText(secret);
    setCopied(true);
    setTimeout(() => setCopied(false), 2_000);
  }
  return (
    <div className="space-y-3">
      <Alert variant="warning">
        <Icon name="TriangleAlert" />
        <AlertTitle>{t("secretOnceTitle")}</AlertTitle>
        <AlertDescription>{t("secretOnceDescription")}</AlertDescription>
      </Alert>
      <div className="flex items-center gap-2 rounded-md border border-border bg-muted/50 p-2">
        <code className="flex-1 break-all px-1 font-mono text-sm select-all" data-testid="webhook-secret">
          {secret}
        </code>
        <Button type="button" size="sm" variant="outline" onClick={copy}>
          <Icon name={copied ? "Check" : "Copy"} />
          {copied ? t("copied") : t("copy")}
        </Button>
      </div>
    </div>
  );
}
