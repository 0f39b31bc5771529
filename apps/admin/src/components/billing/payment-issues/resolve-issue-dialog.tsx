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
  Textarea,
} from "@tillbox/ui";
import { Field, fieldDescribedBy } from "@tillbox/ui/field";
import { NativeSelect } from "@tillbox/ui/input";
import { CircleCheck } from "lucide-react";
import { useState, type FormEvent } from "react";
import { fieldErrorsOf, formErrorOf } from "~/lib/field-errors";
import { useTRPC } from "~/lib/trpc";
import { issueKindLabel } from "./issue-kinds";
import type { IssueRef, PaymentIssueResolution } from "./types";
import { useMessages } from "@tillbox/plugin-sdk/ui";

/** Closes an issue the operator handled by hand; the note goes to the issue and the audit log. */
export function ResolveIssueDialog({ issue }: { issue: IssueRef }) {
  const { t } = useMessages("app.paymentIssues");
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const [open, setOpen] = useState(false);
  const resolve = useMutation(
    trpc.billing.paymentIssues.resolve.mutationOptions({
      // Errors show at their fields and in the dialog.
      meta: { toast: { error: false } },
      onSuccess: async () => {
        setOpen(false);
        // The list, the open count and the invoice detail all live under billing.
        await queryClient.invalidateQueries({ queryKey: trpc.billing.pathKey() });
      },
    }),
  );
  const errors = fieldErrorsOf(resolve.error);
  const formError = Object.keys(errors).length > 0 ? null : formErrorOf(resolve.error);

  function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    resolve.mutate({ issueId: issue.id, resolution: String(form.get("resolution")) as PaymentIssueResolution, note: String(form.get("note") ?? "").trim() });
  }

  return (
    <Dialog open={open} onOpenChange={(next) => (setOpen(next), resolve.reset())}>
      <DialogTrigger asChild>
        <Button variant="outline" size="sm">
          <CircleCheck aria-hidden /> {t("resolve")}
        </Button>
      </DialogTrigger>
      <DialogContent>
        <DialogHeader>
          <DialogTitle>{t("resolveThisPaymentIssue")}</DialogTitle>
          <DialogDescription>{t("resolveDescription", { kind: issueKindLabel(issue.kind, t) })}</DialogDescription>
        </DialogHeader>
        <form onSubmit={onSubmit} className="grid gap-4">
          <Field id="issue-resolution" label={t("resolution")} error={errors.resolution}>
            <NativeSelect id="issue-resolution" name="resolution" defaultValue="dismissed">
              <option value="dismissed">{t("dismissedHandledAnotherWayE")}</option>
              <option value="refunded">{t("refundedOutsideTillbox")}</option>
            </NativeSelect>
          </Field>
          <Field id="issue-note" label={t("note")} hint={t("whatWasDoneForThe")} error={errors.note}>
            <Textarea id="issue-note" name="note" required maxLength={1000} {...fieldDescribedBy("issue-note", { hint: true, error: errors.note })} />
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
            <Button type="submit" disabled={resolve.isPending}>
              {resolve.isPending ? t("resolving") : t("resolveIssue")}
            </Button>
          </DialogFooter>
        </form>
      </DialogContent>
    </Dialog>
  );
}
