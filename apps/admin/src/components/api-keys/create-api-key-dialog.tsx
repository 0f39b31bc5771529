"use client";

import { useMutation, useQueryClient } from "@tanstack/react-query";
import {
  Alert,
  AlertDescription,
  AlertTitle,
  Button,
  Dialog,
  DialogContent,
  DialogDescription,
  DialogFooter,
  DialogHeader,
  DialogTitle,
  DialogTrigger,
  Input,
} from "@tillbox/ui";
import { Field, fieldDescribedBy } from "@tillbox/ui/field";
import { Check, Copy, KeyRound, Plus } from "lucide-react";
import { useState, type FormEvent } from "react";
import { fieldErrorsOf, formErrorOf } from "~/lib/field-errors";
import { useTRPC } from "~/lib/trpc";
import { ScopePicker } from "./scope-picker";
import { useMessages } from "@tillbox/plugin-sdk/ui";

/** The created key is held only in this dialog's state: closing it forgets the secret for good. */
export function CreateApiKeyDialog() {
  const { t } = useMessages("app.apiKeys");
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const [open, setOpen] = useState(false);
  const [scopes, setScopes] = useState<string[]>([]);
  const [copied, setCopied] = useState(false);
  const create = useMutation(
    trpc.apiKeys.create.mutationOptions({
      meta: { toast: { error: false } },
      onSuccess: () => queryClient.invalidateQueries({ queryKey: trpc.apiKeys.pathKey() }),
    }),
  );
  const errors = fieldErrorsOf(create.error);
  const formError = Object.keys(errors).length > 0 ? null : formErrorOf(create.error);
  const created = create.data;

  function reset(next: boolean) {
    setOpen(next);
    setScopes([]);
    setCopied(false);
    create.reset();
  }

  function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const data = new FormData(event.currentTarget);
    const expires = String(data.get("expiresAt") ?? "");
    // The key stops working at the end of the chosen day, local time.
    create.mutate({ name: String(data.get("name") ?? "").trim(), scopes, expiresAt: expires ? new Date(`${expires}T23:59:59`) : null });
  }

  async function copy(key: string) {
    await navigator.clipboard.writeText(key);
    setCopied(true);
  }

  return (
    <Dialog open={open} onOpenChange={reset}>
      <DialogTrigger asChild>
        <Button size="sm">
          <Plus aria-hidden /> {t("newApiKey")}
        </Button>
      </DialogTrigger>
      <DialogContent className="sm:max-w-xl">
        {created ? (
          <>
            <DialogHeader>
              <DialogTitle>{t("copyYourNewKeyNow")}</DialogTitle>
              <DialogDescription>This is the only time it is shown. We store a hash; if you lose it, revoke it and create another.</DialogDescription>
            </DialogHeader>
            <Alert variant="warning">
              <KeyRound />
              <AlertTitle>{created.name}</AlertTitle>
              <AlertDescription>
                <code className="block rounded bg-muted p-2 font-mono text-xs break-all select-all" data-testid="new-api-key">
                  {created.key}
                </code>
              </AlertDescription>
            </Alert>
            <p className="text-xs text-muted-foreground">
              {t("sendItAs")} <code className="font-mono">{t("authorizationBearer")}</code> to /api/v1.
            </p>
            <DialogFooter>
              <Button variant="outline" onClick={() => void copy(created.key)}>
                {copied ? <Check aria-hidden /> : <Copy aria-hidden />} {copied ? t("copied") : t("copyKey")}
              </Button>
              <Button onClick={() => reset(false)}>{t("done")}</Button>
            </DialogFooter>
          </>
        ) : (
          <form onSubmit={onSubmit} className="grid gap-4">
            <DialogHeader>
              <DialogTitle>{t("newApiKey")}</DialogTitle>
              <DialogDescription>{t("forTheRestApiGive")}</DialogDescription>
            </DialogHeader>
            <Field id="key-name" label={t("name")} hint={t("whereItIsUsedE")} error={errors.name}>
              <Input id="key-name" name="name" required maxLength={80} {...fieldDescribedBy("key-name", { hint: true, error: errors.name })} />
            </Field>
            <Field id="key-expires" label={t("expiresOptional")} error={errors.expiresAt}>
              <Input id="key-expires" name="expiresAt" type="date" className="w-48" />
            </Field>
            <div className="grid gap-2">
              <span className="text-sm font-medium">{t("scopes")}</span>
              <ScopePicker selected={scopes} onChange={setScopes} />
              {errors.scopes ? <p className="text-xs font-medium text-destructive">{errors.scopes}</p> : null}
            </div>
            {formError ? (
              <Alert variant="destructive">
                <AlertDescription>{formError}</AlertDescription>
              </Alert>
            ) : null}
            <DialogFooter>
              <Button type="button" variant="ghost" onClick={() => reset(false)}>
                {t("cancel")}
              </Button>
              <Button type="submit" disabled={create.isPending || scopes.length === 0}>
                {create.isPending ? t("creating") : t("createKey")}
              </Button>
            </DialogFooter>
          </form>
        )}
      </DialogContent>
    </Dialog>
  );
}
