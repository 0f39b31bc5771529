"use client";

import { useState, type FormEvent } from "react";
import { useMutation, useQueryClient } from "@tillbox/plugin-sdk/react";
import { Button, Input, Label } from "@tillbox/plugin-sdk/ui";
import type { Translate } from "@tillbox/plugin-sdk/ui";
import { use{{PascalName}}TRPC } from "./use-{{slug}}-trpc";

/** Calls the create mutation (which emits {{slug}}/item.created) and refreshes the list. */
export function NewItemForm({ t }: { t: Translate }) {
  const trpc = use{{PascalName}}TRPC();
  const queryClient = useQueryClient();
  const [title, setTitle] = useState("");
  const create = useMutation(
    trpc.create.mutationOptions({
      meta: { toast: { success: t("added") } },
      onSuccess: async () => {
        setTitle("");
        await queryClient.invalidateQueries({ queryKey: trpc.list.queryKey() });
      },
    }),
  );

  function submit(event: FormEvent) {
    event.preventDefault();
    create.mutate({ title });
  }

  return (
    <form onSubmit={submit} className="flex max-w-md items-end gap-2">
      <div className="flex-1 space-y-1.5">
        <Label htmlFor="{{slug}}-title">{t("newItemLabel")}</Label>
        <Input id="{{slug}}-title" value={title} onChange={(event) => setTitle(event.target.value)} placeholder={t("newItemPlaceholder")} required maxLength={200} />
      </div>
      <Button type="submit" disabled={create.isPending}>
        {t("add")}
      </Button>
    </form>
  );
}
