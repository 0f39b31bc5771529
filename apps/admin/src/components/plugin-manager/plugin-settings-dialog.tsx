"use client";

import { useMutation, useQueryClient } from "@tanstack/react-query";
import { Button, Dialog, DialogContent, DialogDescription, DialogHeader, DialogTitle, DialogTrigger } from "@tillbox/ui";
import { Settings2 } from "lucide-react";
import { useState } from "react";
import type { PluginRow } from "./types";
import { errorMessage, useTRPC } from "~/lib/trpc";
import { SettingsForm } from "./settings-form";
import { useMessages } from "@tillbox/plugin-sdk/ui";

export function PluginSettingsDialog({ plugin }: { plugin: PluginRow }) {
  const { t } = useMessages("app.plugins");
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const [open, setOpen] = useState(false);
  const update = useMutation(
    trpc.plugins.updateSettings.mutationOptions({
      // Errors show at their fields and in the form.
      meta: { toast: { error: false } },
      onSuccess: async () => {
        await queryClient.invalidateQueries({ queryKey: trpc.plugins.pathKey() });
        setOpen(false);
      },
    }),
  );
  return (
    <Dialog
      open={open}
      onOpenChange={(next) => {
        setOpen(next);
        update.reset();
      }}
    >
      <DialogTrigger asChild>
        <Button variant="ghost" size="sm" aria-label={t("settingsOf", { name: plugin.name })}>
          <Settings2 /> {t("settings")}
        </Button>
      </DialogTrigger>
      <DialogContent>
        <DialogHeader>
          <DialogTitle>{plugin.name} settings</DialogTitle>
          <DialogDescription>{t("validatedOnSaveSecretsNever")}</DialogDescription>
        </DialogHeader>
        <SettingsForm
          key={open ? "open" : "closed"}
          slug={plugin.slug}
          schema={plugin.settingsSchema}
          settings={plugin.settings}
          pending={update.isPending}
          serverError={update.error ? errorMessage(update.error) : null}
          onSubmit={(settings) => update.mutate({ slug: plugin.slug, settings })}
        />
      </DialogContent>
    </Dialog>
  );
}
