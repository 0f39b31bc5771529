"use client";

import { errorMessage, useQuery, type PageSlotProps } from "@tillbox/plugin-sdk/react";
import { Badge, Card, CardContent, PageHeader, QueryStates, useMessages } from "@tillbox/plugin-sdk/ui";
import { NewItemForm } from "./new-item-form";
import { use{{PascalName}}TRPC } from "./use-{{slug}}-trpc";

export const config = { zone: "admin.page", path: "", title: "{{name}}" };

/** /plugins/{{slug}}: the items, newest first, with a form to add one. */
export function {{PascalName}}Page(_props: PageSlotProps) {
  const { t, locale } = useMessages("{{slug}}");
  const trpc = use{{PascalName}}TRPC();
  const items = useQuery(trpc.list.queryOptions());
  return (
    <div className="space-y-6">
      <PageHeader title={t("title")} description={t("description")} />
      <NewItemForm t={t} />
      <QueryStates
        query={items}
        formatError={errorMessage}
        errorTitle={t("loadFailed")}
        skeletonClassName="h-24 w-full"
        isEmpty={(rows) => rows.length === 0}
        empty={{ title: t("noItems"), description: t("noItemsHint") }}
      >
        {(rows) => (
          <Card>
            <CardContent className="divide-y divide-border p-0">
              {rows.map((item) => (
                <div key={item.id} className="flex items-center justify-between gap-4 px-4 py-3 text-sm">
                  <span className="font-medium">{item.title}</span>
                  <span className="flex items-center gap-3 text-muted-foreground">
                    {item.createdAt.toLocaleString(locale)}
                    <Badge variant={item.processedAt ? "secondary" : "outline"}>{item.processedAt ? t("processed") : t("waiting")}</Badge>
                  </span>
                </div>
              ))}
            </CardContent>
          </Card>
        )}
      </QueryStates>
    </div>
  );
}

export default {{PascalName}}Page;
