"use client";

import { keepPreviousData, useQuery, useQueryClient } from "@tanstack/react-query";
import { Badge, Button } from "@tillbox/ui";
import { DataTable, useCursorPages, type DataTableColumn } from "@tillbox/ui/data-table";
import { ScrollText } from "lucide-react";
import Link from "next/link";
import { useMemo, useState } from "react";
import { useListParams } from "~/components/users/use-list-params";
import { fetchAllCursorPages } from "~/lib/list-sort";
import { errorMessage, useTRPC, type RouterOutputs } from "~/lib/trpc";
import { AuditFilters } from "./audit-filters";
import { dayRange, summariseData } from "./audit-range";
import { useMessages } from "@tillbox/plugin-sdk/ui";
import { useFormat } from "~/lib/use-format";

const PAGE_SIZE = 50;
type AuditRow = RouterOutputs["audit"]["list"]["items"][number];
const keys = ["actorId", "action", "targetType", "targetId", "from", "to"] as const;

export function AuditTable() {
  const { formatDateTime, formatRelative } = useFormat();
  const { t } = useMessages("app.audit");
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const { values, update } = useListParams(keys);
  const pages = useCursorPages();
  // Keyset pages start over whenever a filter changes (also through the back button).
  const filterKey = keys.map((key) => values[key]).join("|");
  const [cursorsFor, setCursorsFor] = useState(filterKey);
  if (cursorsFor !== filterKey) {
    setCursorsFor(filterKey);
    pages.reset();
  }
  const range = dayRange(values.from, values.to);
  const filters = {
    actorId: values.actorId || undefined,
    actionPrefix: values.action || undefined,
    targetType: values.targetType || undefined,
    targetId: values.targetId || undefined,
    from: range.from,
    to: range.to,
  };
  const log = useQuery({ ...trpc.audit.list.queryOptions({ ...filters, cursor: pages.cursor, limit: PAGE_SIZE }), placeholderData: keepPreviousData });
  const paging = pages.paging(log.data?.nextCursor);

  const columns = useMemo<DataTableColumn<AuditRow>[]>(
    () => [
      {
        id: "when",
        header: t("when"),
        className: "whitespace-nowrap text-muted-foreground",
        cell: (entry) => <span title={formatDateTime(entry.createdAt)}>{formatRelative(entry.createdAt)}</span>,
        csv: (entry) => entry.createdAt.toISOString(),
        csvHeader: "created_at",
      },
      {
        id: "actor",
        header: t("actor"),
        className: "text-xs",
        cell: (entry) => (
          <>
            {entry.actorId ? (
              <Button variant="link" size="sm" className="h-auto p-0 text-xs" title={t("showOnlyThisActor")} onClick={() => update({ actorId: entry.actorId })}>
                {entry.actorEmail ?? entry.actorId}
              </Button>
            ) : (
              <span className="text-muted-foreground">{t("system")}</span>
            )}
            {entry.ip ? <div className="font-mono text-muted-foreground">{entry.ip}</div> : null}
          </>
        ),
        csv: (entry) => entry.actorEmail ?? entry.actorId ?? "system",
        csvHeader: "actor",
      },
      {
        id: "action",
        header: t("action"),
        cell: (entry) => (
          <Badge variant="outline" className="font-mono">
            {entry.action}
          </Badge>
        ),
        csv: (entry) => entry.action,
        csvHeader: "action",
      },
      {
        id: "target",
        header: t("target"),
        className: "text-xs",
        cell: (entry) => (
          <>
            <div className="font-medium">{entry.targetType}</div>
            {entry.targetId && entry.targetType === "user" ? (
              <Link href={`/users/${entry.targetId}`} className="font-mono text-muted-foreground hover:underline">
                {entry.targetId.slice(0, 8)}
              </Link>
            ) : (
              <span className="font-mono text-muted-foreground">{entry.targetId?.slice(0, 36)}</span>
            )}
          </>
        ),
        csv: (entry) => entry.targetType,
        csvHeader: "target_type",
      },
      {
        id: "details",
        header: t("details"),
        className: "max-w-md",
        cell: (entry) => <AuditData data={entry.data} />,
        csv: (entry) => JSON.stringify(entry.data ?? null),
        csvHeader: "data",
      },
    ],
    [t, formatDateTime, formatRelative, update],
  );

  return (
    <DataTable
      testId="audit-table"
      columns={columns}
      query={log}
      formatError={errorMessage}
      empty={{ icon: <ScrollText />, title: t("noEntries"), description: t("nothingMatchesTheseFilters") }}
      getRowId={(entry) => entry.id}
      toolbar={<AuditFilters values={values} onApply={(next) => update(next)} />}
      paging={{ ...paging, summary: log.data ? t("pageSummary", { page: paging.page, total: log.data.total }) : undefined }}
      csv={{
        filename: "audit-log.csv",
        extraColumns: [
          { header: "target_id", value: (entry) => entry.targetId },
          { header: "ip", value: (entry) => entry.ip },
        ],
        rows: () => fetchAllCursorPages((cursor) => queryClient.fetchQuery(trpc.audit.list.queryOptions({ ...filters, cursor, limit: 100 }))),
      }}
    />
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
