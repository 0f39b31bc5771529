"use client";

import { useState } from "react";
import { applyServerErrors, Controller, fieldError, formLevelError, useZodForm } from "@tillbox/plugin-sdk/forms";
import { useMutation, useQuery, useQueryClient } from "@tillbox/plugin-sdk/react";
import {
  Button,
  Dialog,
  DialogContent,
  DialogDescription,
  DialogFooter,
  DialogHeader,
  DialogTitle,
  Field,
  fieldDescribedBy,
  FormError,
  Icon,
  Input,
  Label,
} from "@tillbox/plugin-sdk/ui";
import type { Translate } from "@tillbox/plugin-sdk/ui";
import { createEndpointInput } from "../server/endpoint-input";
import { EventPicker } from "./event-picker";
import { errorMessage } from "./format";
import { SecretReveal } from "./secret-reveal";
import { useWebhooksTRPC } from "./use-webhooks-trpc";

const blank = { url: "", description: "", events: ["*"] };
const fields = ["url", "description", "events"] as const;

/**
 * Two steps in one dialog: the form, then the secret (shown once) until the operator confirms.
 * The form validates with the create procedure's own input schema, so its messages are the server's.
 */
export function CreateEndpointDialog({ t }: { t: Translate }) {
  const trpc = useWebhooksTRPC();
  const queryClient = useQueryClient();
  const catalogue = useQuery(trpc.catalogue.queryOptions());
  const [open, setOpen] = useState(false);
  const [created, setCreated] = useState<{ url: string; secret: string } | null>(null);
  const form = useZodForm(createEndpointInput, { defaultValues: blank });
  const create = useMutation(
    trpc.endpoints.create.mutationOptions({
      // Errors show in the form.
      meta: { toast: { error: false } },
      onSuccess: async (result, input) => {
        setCreated({ url: input.url, secret: result.secret });
        await queryClient.invalidateQueries({ queryKey: trpc.endpoints.list.queryKey() });
      },
      onError: (error) => applyServerErrors(form, error, fields, errorMessage),
    }),
  );
  const onSubmit = form.handleSubmit((input) => create.mutate(input));
  const urlError = fieldError(form, "url");
  const descriptionError = fieldError(form, "description");
  const eventsError = fieldError(form, "events");

  function reset(next: boolean) {
    setOpen(next);
    if (!next) {
      // The secret leaves memory with the dialog: it can't be shown again.
      setCreated(null);
      form.reset(blank);
      create.reset();
    }
  }

  return (
    <Dialog open={open} onOpenChange={reset}>
      <Button onClick={() => reset(true)}>
        <Icon name="Plus" />
        {t("addEndpoint")}
      </Button>
      <DialogContent className="sm:max-w-xl">
        <DialogHeader>
          <DialogTitle>{created ? t("secretOnceTitle") : t("addEndpoint")}</DialogTitle>
          <DialogDescription>{created ? created.url : t("endpointsDescription")}</DialogDescription>
        </DialogHeader>
        {created ? (
          <>
            <SecretReveal secret={created.secret} t={t} />
            <DialogFooter>
              <Button onClick={() => reset(false)}>{t("done")}</Button>
            </DialogFooter>
          </>
        ) : (
          <form className="space-y-5" onSubmit={onSubmit} noValidate>
            <Field id="webhook-url" label={t("url")} hint={t("urlHint")} error={urlError}>
              <Input
                id="webhook-url"
                type="url"
                required
                placeholder="https://example.com/webhooks/tillbox"
                {...form.register("url")}
                {...fieldDescribedBy("webhook-url", { hint: true, error: urlError })}
              />
            </Field>
            <Field id="webhook-description" label={t("descriptionLabel")} error={descriptionError}>
              <Input
                id="webhook-description"
                placeholder={t("descriptionPlaceholder")}
                {...form.register("description")}
                {...fieldDescribedBy("webhook-description", { error: descriptionError })}
              />
            </Field>
            <div className="space-y-2">
              <Label>{t("events")}</Label>
              <Controller
                control={form.control}
                name="events"
                render={({ field }) => <EventPicker catalogue={catalogue.data ?? []} value={field.value} onChange={field.onChange} t={t} />}
              />
              {eventsError ? <p className="text-xs font-medium text-destructive">{eventsError}</p> : null}
            </div>
            <FormError message={formLevelError(form)} />
            <DialogFooter>
              <Button type="button" variant="outline" onClick={() => reset(false)}>
                {t("cancel")}
              </Button>
              <Button type="submit" disabled={create.isPending}>
                {create.isPending && <Icon name="LoaderCircle" className="animate-spin" />}
                {t("create")}
              </Button>
            </DialogFooter>
          </form>
        )}
      </DialogContent>
    </Dialog>
  );
}
