"use client";

import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import {
  Alert,
  AlertDescription,
  Badge,
  Button,
  Card,
  ConfirmDialog,
  QueryStates,
  Table,
  TableBody,
  TableCell,
  TableHead,
  TableHeader,
  TableRow,
} from "@tillbox/ui";
import { Puzzle, TriangleAlert } from "lucide-react";
import { useRouter } from "next/navigation";
import { useState } from "react";
import { useMessages } from "@tillbox/plugin-sdk/ui";
import { errorMessage, useTRPC } from "~/lib/trpc";
import { PluginSettingsDialog } from "./plugin-settings-dialog";
import { StatusBadge } from "./status-badge";
import type { PluginRow } from "./types";

export function PluginsTable() {
  const { t } = useMessages("app");
  const trpc = useTRPC();
  const plugins = useQuery(trpc.plugins.list.queryOptions());
  return (
    <QueryStates
      query={plugins}
      formatError={errorMessage}
      skeletonClassName="h-48 w-full"
      errorTitle={t("couldNotLoadPlugins")}
      errorHidesData
      isEmpty={(data) => data.length === 0}
      empty={{ icon: <Puzzle />, title: t("noPluginsInstalled"), description: t("addAFolderUnderPlugins") }}
    >
      {(data) => (
        <Card className="py-0">
          <Table>
            <TableHeader>
              <TableRow className="hover:bg-transparent">
                <TableHead className="pl-6">{t("plugin")}</TableHead>
                <TableHead>{t("version")}</TableHead>
                <TableHead>{t("status")}</TableHead>
                <TableHead>{t("dependencies")}</TableHead>
                <TableHead className="pr-6 text-right">{t("actions")}</TableHead>
              </TableRow>
            </TableHeader>
            <TableBody>
              {data.map((plugin) => (
                <PluginTableRow key={plugin.slug} plugin={plugin} />
              ))}
            </TableBody>
          </Table>
        </Card>
      )}
    </QueryStates>
  );
}

function PluginTableRow({ plugin }: { plugin: PluginRow }) {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const router = useRouter();
  const { t } = useMessages("app");
  const [refusal, setRefusal] = useState<string | null>(null);
  const options = {
    onMutate: () => setRefusal(null),
    onError: (error: unknown) => setRefusal(errorMessage(error)),
    onSuccess: async () => {
      await queryClient.invalidateQueries({ queryKey: trpc.plugins.pathKey() });
      // Re-runs the server layout so the sidebar and slots pick up the new enabled set.
      router.refresh();
    },
  };
  const enable = useMutation(trpc.plugins.enable.mutationOptions({ ...options, meta: { toast: { success: t("pluginEnabled", { name: plugin.name }) } } }));
  const disable = useMutation(trpc.plugins.disable.mutationOptions({ ...options, meta: { toast: { success: t("pluginDisabled", { name: plugin.name }) } } }));
  const pending = enable.isPending || disable.isPending;
  const isEnabled = plugin.status === "enabled";

  return (
    <TableRow data-testid={`plugin-row-${plugin.slug}`} className="align-top">
      <TableCell className="pl-6">
        <div className="font-medium">{plugin.name}</div>
        <div className="max-w-md text-xs text-muted-foreground">{plugin.description}</div>
        {plugin.error ? (
          <p className="mt-1 text-xs text-destructive" data-testid="plugin-error">
            {plugin.error}
          </p>
        ) : null}
        {refusal ? (
          <Alert variant="destructive" className="mt-2 py-2" data-testid="plugin-refusal">
            <TriangleAlert />
            <AlertDescription>{refusal}</AlertDescription>
          </Alert>
        ) : null}
      </TableCell>
      <TableCell className="font-mono text-xs">{plugin.version}</TableCell>
      <TableCell>
        <StatusBadge status={plugin.status} />
      </TableCell>
      <TableCell className="text-xs">
        <DependencyList label={t("needs")} slugs={plugin.dependsOn} />
        <DependencyList label={t("neededBy")} slugs={plugin.dependents} />
        {plugin.dependsOn.length + plugin.dependents.length === 0 ? <span className="text-muted-foreground">{t("none")}</span> : null}
      </TableCell>
      <TableCell className="pr-6">
        <div className="flex justify-end gap-1">
          {plugin.installed && plugin.settingsSchema ? <PluginSettingsDialog plugin={plugin} /> : null}
          {plugin.installed && isEnabled ? (
            <ConfirmDialog
              trigger={
                <Button size="sm" variant="outline" disabled={pending}>
                  {pending ? t("working") : t("disablePluginConfirm")}
                </Button>
              }
              title={t("disablePluginTitle", { name: plugin.name })}
              description={t("disablePluginDescription")}
              confirmLabel={t("disablePluginConfirm")}
              formatError={errorMessage}
              onConfirm={() => disable.mutateAsync({ slug: plugin.slug })}
            />
          ) : plugin.installed ? (
            <Button size="sm" disabled={pending} onClick={() => enable.mutate({ slug: plugin.slug })}>
              {pending ? t("working") : t("enable")}
            </Button>
          ) : (
            <Badge variant="outline">{t("notInstalled")}</Badge>
          )}
        </div>
      </TableCell>
    </TableRow>
  );
}

function DependencyList({ label, slugs }: { label: string; slugs: string[] }) {
  if (slugs.length === 0) return null;
  return (
    <div className="flex flex-wrap items-center gap-1 py-0.5">
      <span className="text-muted-foreground">{label}:</span>
      {slugs.map((slug) => (
        <Badge key={slug} variant="outline" className="font-mono">
          {slug}
        </Badge>
      ))}
    </div>
  );
}
