"use client";

import { useQuery } from "@tanstack/react-query";
import { Alert, AlertDescription, AlertTitle, Button, Card, CardContent, CardDescription, CardHeader, CardTitle, Skeleton } from "@tillbox/ui";
import { ArrowLeft, TriangleAlert } from "lucide-react";
import Link from "next/link";
import { useState } from "react";
import { errorMessage, useTRPC } from "~/lib/trpc";
import { mailLinks } from "./mail-links";
import { useMessages } from "@tillbox/plugin-sdk/ui";
import { useFormat } from "~/lib/use-format";

export function MailMessage({ id }: { id: string }) {
  const { formatDateTime } = useFormat();
  const { t } = useMessages("app.mail");
  const trpc = useTRPC();
  const message = useQuery(trpc.mail.get.queryOptions({ id }));
  const [view, setView] = useState<"html" | "text">("html");

  if (message.isPending) return <Skeleton className="h-96 w-full" />;
  if (message.isError) {
    return (
      <Alert variant="destructive">
        <TriangleAlert />
        <AlertTitle>{t("couldNotLoadThisMessage")}</AlertTitle>
        <AlertDescription>{errorMessage(message.error)}</AlertDescription>
      </Alert>
    );
  }
  const mail = message.data;
  const links = mailLinks(mail.text);
  return (
    <div className="grid gap-4">
      <Button asChild variant="ghost" size="sm" className="-ml-2 w-fit">
        <Link href="/mail">
          <ArrowLeft aria-hidden /> {t("mailbox")}
        </Link>
      </Button>
      <Card>
        <CardHeader>
          <CardTitle className="text-xl">{mail.subject}</CardTitle>
          <CardDescription>
            To {mail.to} · {formatDateTime(mail.createdAt)} · template <span className="font-mono">{mail.template}</span> ({mail.locale})
          </CardDescription>
        </CardHeader>
        <CardContent className="grid gap-4">
          {links.length > 0 ? (
            <div className="grid gap-1 text-sm">
              <span className="font-medium">{t("linksInThisMessage")}</span>
              <ul className="grid gap-1">
                {links.map((url) => (
                  <li key={url}>
                    <a href={url} className="break-all text-primary underline-offset-4 hover:underline" data-testid="mail-link">
                      {url}
                    </a>
                  </li>
                ))}
              </ul>
            </div>
          ) : null}
          <div className="flex gap-1" role="tablist" aria-label={t("messageFormat")}>
            {(["html", "text"] as const).map((format) => (
              <Button
                key={format}
                role="tab"
                aria-selected={view === format}
                size="sm"
                variant={view === format ? "secondary" : "ghost"}
                onClick={() => setView(format)}
              >
                {format === "html" ? "HTML" : t("plainText")}
              </Button>
            ))}
          </div>
          {view === "html" ? (
            // sandbox="" : no scripts, no same-origin, no navigation; the mail can't touch the admin.
            <iframe title={`HTML of ${mail.subject}`} sandbox="" srcDoc={mail.html} className="h-[32rem] w-full rounded-md border border-border bg-white" />
          ) : (
            <pre className="max-h-[32rem] overflow-auto rounded-md border border-border bg-muted p-4 text-sm whitespace-pre-wrap">{mail.text}</pre>
          )}
        </CardContent>
      </Card>
    </div>
  );
}
