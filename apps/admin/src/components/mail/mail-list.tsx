"use client";

import { useQuery } from "@tanstack/react-query";
import { Badge, Input, Label } from "@tillbox/ui";
import { DataTable, type DataTableColumn } from "@tillbox/ui/data-table";
import { Inbox } from "lucide-react";
import Link from "next/link";
import { useEffect, useMemo, useState } from "react";
import { useListParams } from "~/components/users/use-list-params";
import { errorMessage, useTRPC, type RouterOutputs } from "~/lib/trpc";
import { useMessages } from "@tillbox/plugin-sdk/ui";
import { useFormat } from "~/lib/use-format";

type MailRow = RouterOutputs["mail"]["list"][number];

/** Polls: a developer signs up in the portal and waits here for the mail to land. */
export function MailList() {
  const { formatDateTime, formatRelative } = useFormat();
  const { t } = useMessages("app.mail");
  const trpc = useTRPC();
  const { values, update } = useListParams(["to"] as const);
  const [to, setTo] = useState(values.to);
  useEffect(() => setTo(values.to), [values.to]);
  useEffect(() => {
    if (to === values.to) return;
    const timer = setTimeout(() => update({ to }), 300);
    return () => clearTimeout(timer);
  }, [to, values.to, update]);
  const messages = useQuery({
    ...trpc.mail.list.queryOptions({ to: values.to || undefined, limit: 100 }),
    refetchInterval: 3_000,
    select: (items) => ({ items }),
  });
  const columns = useMemo<DataTableColumn<MailRow>[]>(
    () => [
      {
        id: "subject",
        header: t("subject"),
        cell: (message) => (
          <Link href={`/mail/${message.id}`} className="font-medium hover:underline">
            {message.subject}
          </Link>
        ),
      },
      { id: "to", header: t("to"), className: "text-sm", cell: (message) => message.to },
      {
        id: "template",
        header: t("template"),
        cell: (message) => (
          <>
            <Badge variant="outline" className="font-mono">
              {message.template}
            </Badge>{" "}
            <span className="text-xs text-muted-foreground">{message.locale}</span>
          </>
        ),
      },
      {
        id: "received",
        header: t("received"),
        className: "text-muted-foreground",
        cell: (message) => <span title={formatDateTime(message.createdAt)}>{formatRelative(message.createdAt)}</span>,
      },
    ],
    [t, formatDateTime, formatRelative],
  );

  return (
    <DataTable
      testId="mail-table"
      columns={columns}
      query={messages}
      formatError={errorMessage}
      empty={{ icon: <Inbox />, title: t("noMessages"), description: t("mailsTheDevTransportCaptures") }}
      getRowId={(message) => message.id}
      toolbar={
        <div className="grid max-w-sm gap-1.5" role="search">
          <Label htmlFor="mail-to">{t("recipient")}</Label>
          <Input id="mail-to" type="search" placeholder={t("exactAddress")} value={to} onChange={(event) => setTo(event.target.value)} />
        </div>
      }
    />
  );
}
