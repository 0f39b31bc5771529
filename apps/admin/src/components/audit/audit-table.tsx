"use client";

import { keepPreviousData, useQuery } from "@tanstack/react-query";
import { Badge, Button, Card, QueryStates, Table, TableBody, TableCell, TableHead, TableHeader, TableRow } from "@tillbox/ui";
import { Pagination } from "@tillbox/ui/pagination";
import { ScrollText } from "lucide-react";
import Link from "next/link";
import { useState } from "react";
import { useListParams } from "~/components/users/use-list-params";
import { errorMessage, useTRPC } from "~/lib/trpc";
import { AuditFilters } from "./audit-filters";
import { dayRange, summariseData } from "./audit-range";
import { useMessages } from "@tillbox/plugin-sdk/ui";
import { useFormat } from "~/lib/use-format";

const PAGE_SIZE = 50;
const keys = ["actorId", "action", "targetType", "targetId", "from", "to"] as const;

export function AuditTable() {
  const { formatDateTime, formatRelative } = useFormat();
  const { t } = useMessages("app.audit");
  const trpc = useTRPC();
  const { values, update } = useListParams(keys);
  // Keyset pages: the cursors of the pages before the current one, so "Previous" can step back.
  const [cursors, setCursors] = useState<string[]>([]);
  const filterKey = keys.map((key) => values[key]).join("|");
  const [cursorsFor, setCursorsFor] = useState(filterKey);
  if (cursorsFor !== filterKey) {
    setCursorsFor(filterKey);
    setCursors([]);
  }
  const range = dayRange(values.from, values.to);
  const log = useQuery({
    ...trpc.audit.list.queryOptions({
      actorId: values.actorId || undefined,
      actionPrefix: values.action || undefined,
      targetType: values.targetType || undefined,
      targetId: values.targetId || undefined,
      from: range.from,
      to: range.to,
      cursor: cursors.at(-1),
      limit: PAGE_SIZE,
    }),
    placeholderData: keepPreviousData,
  });
  const page = cursors.length + 1;

  return (
    <div className="grid gap-4">
      <AuditFilters values={values} onApply={(next) => update(next)} />
      <QueryStates query={log} formatError={errorMessage} skeletonClassName="h-64 w-full" isEmpty={(data) => data.items.length === 0} empty={{ icon: <ScrollText />, title: t("noEntries"), description: t("nothingMatchesTheseFilters") }}>
        {(data) => (
          <Card className="py-0">
            <Table data-testid="audit-table">
              <TableHeader>
                <TableRow className="hover:bg-transparent">
                  <TableHead className="pl-6">{t("when")}</TableHead>
                  <TableHead>{t("actor")}</TableHead>
                  <TableHead>{t("action")}</TableHead>
                  <TableHead>{t("target")}</TableHead>
                  <TableHead className="pr-6">{t("details")}</TableHead>
                </TableRow>
              </TableHeader>
              <TableBody>
                {data.items.map((entry) => (
                  <TableRow key={entry.id} className="align-top">
                    <TableCell className="pl-6 whitespace-nowrap text-muted-foreground" title={formatDateTime(entry.createdAt)}>
                      {formatRelative(entry.createdAt)}
                    </TableCell>
                    <TableCell className="text-xs">
                      {entry.actorId ? (
                        <Button variant="link" size="sm" className="h-auto p-0 text-xs" title={t("showOnlyThisActor")} onClick={() => update({ actorId: entry.actorId })}>
                          {entry.actorEmail ?? entry.actorId}
                        </Button>
                      ) : (
                        <span className="text-muted-foreground">system</span>
                      )}
                      {entry.ip ? <div className="font-mono text-muted-foreground">{entry.ip}</div> : null}
                    </TableCell>
                    <TableCell>
                      <Badge variant="outline" className="font-mono">
                        {entry.action}
                      </Badge>
                    </TableCell>
                    <TableCell className="text-xs">
                      <div className="font-medium">{entry.targetType}</div>
                      {entry.targetId && entry.targetType === "user" ? (
                        <Link href={`/users/${entry.targetId}`} className="font-mono text-muted-foreground hover:underline">
                          {entry.targetId.slice(0, 8)}
                        </Link>
                      ) : (
                        <span className="font-mono text-muted-foreground">{entry.targetId?.slice(0, 36)}</span>
                      )}
                    </TableCell>
                    <TableCell className="max-w-md pr-6">
                      <AuditData data={entry.data} />
                    </TableCell>
                  </TableRow>
                ))}
              </TableBody>
            </Table>
          </Card>
        )}
      </QueryStates>
      {log.data && log.data.total > 0 ? (
        <Pagination
          page={page}
          pageCount={log.data.nextCursor ? page + 1 : page}
          summary={`Page ${page} · ${log.data.total} matching entr${log.data.total === 1 ? "y" : "ies"}`}
          onPageChange={(next) => setCursors((current) => (next > page && log.data.nextCursor ? [...current, log.data.nextCursor] : current.slice(0, -1)))}
        />
      ) : null}
    </div>
  );
}

function AuditData({ data }: { data: unknown }) {
  const summary = summariseData(data);
  if (!summary) return <span className="text-xs text-muted-foreground">—</span>;
  const full = JSON.stringify(data, null, 2);
  if (summary === JSON.stringify(data)) return <code className="text-xs break-all">{summary}</code>;
  return (
    <details className="text-xs">
      <summary className="cursor-pointer break-all">
        <code>{summary}</code>
      </summary>
      <pre className="mt-2 max-h-64 overflow-auto rounded bg-muted p-2">{full}</pre>
    </details>
  );
}
