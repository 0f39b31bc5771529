"use client";

import { useQuery } from "@tanstack/react-query";
import { Badge, Card, Input, Label, QueryStates, Table, TableBody, TableCell, TableHead, TableHeader, TableRow } from "@tillbox/ui";
import { Inbox } from "lucide-react";
import Link from "next/link";
import { useEffect, useState } from "react";
import { useListParams } from "~/components/users/use-list-params";
import { errorMessage, useTRPC } from "~/lib/trpc";
import { useMessages } from "@tillbox/plugin-sdk/ui";
import { useFormat } from "~/lib/use-format";

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
  const messages = useQuery({ ...trpc.mail.list.queryOptions({ to: values.to || undefined, limit: 100 }), refetchInterval: 3_000 });

  return (
    <div className="grid gap-4">
      <div className="grid max-w-sm gap-1.5" role="search">
        <Label htmlFor="mail-to">{t("recipient")}</Label>
        <Input id="mail-to" type="search" placeholder={t("exactAddress")} value={to} onChange={(event) => setTo(event.target.value)} />
      </div>
      <QueryStates query={messages} formatError={errorMessage} skeletonClassName="h-48 w-full" isEmpty={(data) => data.length === 0} empty={{ icon: <Inbox />, title: t("noMessages"), description: t("mailsTheDevTransportCaptures") }}>
        {(data) => (
          <Card className="py-0">
            <Table data-testid="mail-table">
              <TableHeader>
                <TableRow className="hover:bg-transparent">
                  <TableHead className="pl-6">{t("subject")}</TableHead>
                  <TableHead>{t("to")}</TableHead>
                  <TableHead>{t("template")}</TableHead>
                  <TableHead className="pr-6">{t("received")}</TableHead>
                </TableRow>
              </TableHeader>
              <TableBody>
                {data.map((message) => (
                  <TableRow key={message.id}>
                    <TableCell className="pl-6">
                      <Link href={`/mail/${message.id}`} className="font-medium hover:underline">
                        {message.subject}
                      </Link>
                    </TableCell>
                    <TableCell className="text-sm">{message.to}</TableCell>
                    <TableCell>
                      <Badge variant="outline" className="font-mono">
                        {message.template}
                      </Badge>{" "}
                      <span className="text-xs text-muted-foreground">{message.locale}</span>
                    </TableCell>
                    <TableCell className="pr-6 text-muted-foreground" title={formatDateTime(message.createdAt)}>
                      {formatRelative(message.createdAt)}
                    </TableCell>
                  </TableRow>
                ))}
              </TableBody>
            </Table>
          </Card>
        )}
      </QueryStates>
    </div>
  );
}
