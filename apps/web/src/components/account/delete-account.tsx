"use client";

import { useMutation } from "@tanstack/react-query";
import { Button, Dialog, DialogContent, DialogDescription, DialogFooter, DialogHeader, DialogTitle, DialogTrigger, Input } from "@tillbox/ui";
import { Field, fieldDescribedBy } from "@tillbox/ui/field";
import { Loader2, Trash2 } from "lucide-react";
import { signOut } from "next-auth/react";
import { useState, type FormEvent } from "react";
import { useTRPC } from "~/lib/trpc";
import { FormAlert } from "../auth/form-alert";
import { fieldErrorMessage, formErrorMessage } from "../auth/form-errors";
import { PasswordInput } from "../auth/password-input";
import { DeletionConsequences } from "./deletion-consequences";
import { useMessages } from "@tillbox/plugin-sdk/ui";

export function DeleteAccount() {
  const { t } = useMessages("app.account");
  const trpc = useTRPC();
  const [open, setOpen] = useState(false);
  const [password, setPassword] = useState("");
  const [confirm, setConfirm] = useState("");
  const remove = useMutation(
    trpc.account.deleteAccount.mutationOptions({ meta: { toast: false }, onSuccess: () => signOut({ redirectTo: "/auth/account-deleted" }) }),
  );
  // The core answers a wrong password with "password is incorrect"; show it at the field.
  const passwordError = fieldErrorMessage(remove.error, "password");

  function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (confirm !== "DELETE") return;
    remove.mutate({ password, confirm: "DELETE" });
  }

  return (
    <div className="grid gap-4">
      <DeletionConsequences />
      <Dialog
        open={open}
        onOpenChange={(next) => {
          setOpen(next);
          if (!next) remove.reset();
        }}
      >
        <DialogTrigger asChild>
          <Button variant="destructive" className="justify-self-start">
            <Trash2 aria-hidden />
            {t("deleteAccount")}
          </Button>
        </DialogTrigger>
        <DialogContent>
          <form onSubmit={onSubmit} className="grid gap-4">
            <DialogHeader>
              <DialogTitle>{t("deleteYourAccount")}</DialogTitle>
              <DialogDescription>{t("thisCannotBeUndoneYou")}</DialogDescription>
            </DialogHeader>
            <DeletionConsequences compact />
            {remove.isError && !passwordError ? <FormAlert>{formErrorMessage(remove.error)}</FormAlert> : null}
            <Field id="delete-password" label={t("password")} error={passwordError}>
              <PasswordInput
                id="delete-password"
                autoComplete="current-password"
                required
                value={password}
                onChange={(event) => setPassword(event.target.value)}
                {...fieldDescribedBy("delete-password", { error: passwordError })}
              />
            </Field>
            <Field id="delete-confirm" label={t("typeDeleteToConfirm")}>
              <Input id="delete-confirm" autoComplete="off" required pattern="DELETE" value={confirm} onChange={(event) => setConfirm(event.target.value)} />
            </Field>
            <DialogFooter>
              <Button type="button" variant="outline" onClick={() => setOpen(false)}>
                {t("keepMyAccount")}
              </Button>
              <Button type="submit" variant="destructive" disabled={confirm !== "DELETE" || !password || remove.isPending}>
                {remove.isPending ? <Loader2 className="animate-spin" aria-hidden /> : null}
                {t("deleteMyAccount")}
              </Button>
            </DialogFooter>
          </form>
        </DialogContent>
      </Dialog>
    </div>
  );
}
