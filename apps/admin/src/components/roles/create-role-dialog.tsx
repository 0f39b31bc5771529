"use client";

import { useMutation, useQueryClient } from "@tanstack/react-query";
import {
  Alert,
  AlertDescription,
  Button,
  Dialog,
  DialogContent,
  DialogDescription,
  DialogFooter,
  DialogHeader,
  DialogTitle,
  DialogTrigger,
  Input,
  Textarea,
} from "@tillbox/ui";
import { Field, fieldDescribedBy } from "@tillbox/ui/field";
import { Plus } from "lucide-react";
import { useState, type FormEvent } from "react";
import { fieldErrorsOf, formErrorOf } from "~/lib/field-errors";
import { useTRPC } from "~/lib/trpc";
import { useMessages } from "@tillbox/plugin-sdk/ui";

/** A new role starts with no scopes (deny by default); grant them in the matrix. */
export function CreateRoleDialog() {
  const { t } = useMessages("app.roles");
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const [open, setOpen] = useState(false);
  const create = useMutation(
    trpc.roles.create.mutationOptions({
      // Errors show at their fields and in the form.
      meta: { toast: { error: false } },
      onSuccess: async () => {
        setOpen(false);
        await queryClient.invalidateQueries({ queryKey: trpc.roles.pathKey() });
      },
    }),
  );
  const errors = fieldErrorsOf(create.error);
  const formError = Object.keys(errors).length > 0 ? null : formErrorOf(create.error);

  function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    const description = String(form.get("description") ?? "").trim();
    create.mutate({ key: String(form.get("key") ?? "").trim(), name: String(form.get("name") ?? "").trim(), description: description || null, scopes: [] });
  }

  return (
    <Dialog open={open} onOpenChange={(next) => (setOpen(next), create.reset())}>
      <DialogTrigger asChild>
        <Button size="sm">
          <Plus aria-hidden /> {t("newRole")}
        </Button>
      </DialogTrigger>
      <DialogContent>
        <DialogHeader>
          <DialogTitle>{t("newRole")}</DialogTitle>
          <DialogDescription>{t("itStartsWithoutScopesTick")}</DialogDescription>
        </DialogHeader>
        <form onSubmit={onSubmit} className="grid gap-4">
          <Field id="role-name" label={t("name")} error={errors.name}>
            <Input id="role-name" name="name" required maxLength={80} {...fieldDescribedBy("role-name", { error: errors.name })} />
          </Field>
          <Field id="role-key" label={t("key")} hint={t("n240LowerCaseLetters")} error={errors.key}>
            <Input
              id="role-key"
              name="key"
              required
              pattern="[a-z][a-z0-9\-]{1,39}"
              className="font-mono"
              {...fieldDescribedBy("role-key", { hint: true, error: errors.key })}
            />
          </Field>
          <Field id="role-description" label={t("description")} error={errors.description}>
            <Textarea id="role-description" name="description" maxLength={300} />
          </Field>
          {formError ? (
            <Alert variant="destructive">
              <AlertDescription>{formError}</AlertDescription>
            </Alert>
          ) : null}
          <DialogFooter>
            <Button type="button" variant="ghost" onClick={() => setOpen(false)}>
              {t("cancel")}
            </Button>
            <Button type="submit" disabled={create.isPending}>
              {create.isPending ? t("creating") : t("createRole")}
            </Button>
          </DialogFooter>
        </form>
      </DialogContent>
    </Dialog>
  );
}
