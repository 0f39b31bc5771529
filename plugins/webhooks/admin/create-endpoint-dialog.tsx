"use client";

import { useState, type FormEvent } from "react";
import { useMutation, useQuery, useQueryClient } from "@tillbox/plugin-sdk/react";
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
  Icon,
  Input,
  Label,
} from "@tillbox/plugin-sdk/ui";
import { EventPicker } from "./event-picker";
import { errorMessage } from "./format";
import { SecretReveal } from "./secret-reveal";
import type { Translate } from "@tillbox/plugin-sdk/ui";
import { useWebhooksTRPC } from "./use-webhooks-trpc";

/** Two steps in one dialog: the form, then the secret (shown once) until the operator confirms. */
export function CreateEndpointDialog({ t }: { t: Translate }) {
  const trpc = useWebhooksTRPC();
  const queryClient = useQueryClient();
  const catalogue = useQuery(trpc.catalogue.queryOptions());
  const [open, setOpen] = useState(false);
  const [url, setUrl] = useState("");
  const [description, setDescription] = useState("");
  const [events, setEvents] = useState<string[]>(["*"]);
  const [secret, setSecret] = useState<string | null>(null);
  const create = useMutation(
    trpc.endpoints.create.mutationOptions({
      // Errors show in the form.
      meta: { toast: { error: false } },
      onSuccess: async (result) => {
        setSecret(result.secret);
        await queryClient.invalidateQueries({ queryKey: trpc.endpoints.list.queryKey() });
      },
    }),
  );

  function reset(next: boolean) {
    setOpen(next);
    if (!next) {
      // The secret leaves memory with the dialog: it can't be shown again.
      setSecret(null);
      setUrl("");
      setDescription("");
      setEvents(["*"]);
      create.reset();
    }
  }

  function submit(event: FormEvent) {
    event.preventDefault();
    create.mutate({ url, description, events });
  }

  return (
    <Dialog open={open} onOpenChange={reset}>
      <Button onClick={() => reset(true)}>
        <Icon name="Plus" />
        {t("addEndpoint")}
      </Button>
      <DialogContent className="sm:max-w-xl">
        <DialogHeader>
          <DialogTitle>{secret ? t("secretOnceTitle") : t("addEndpoint")}</DialogTitle>
          <DialogDescription>{secret ? url : t("endpointsDescription")}</DialogDescription>
        </DialogHeader>
        {secret ? (
          <>
            <SecretReveal secret={secret} t={t} />
            <DialogFooter>
              <Button onClick={() => reset(false)}>{t("done")}</Button>
            </DialogFooter>
          </>
        ) : (
          <form className="space-y-5" onSubmit={submit}>
            <div className="space-y-2">
              <Label htmlFor="webhook-url">{t("url")}</Label>
              <Input id="webhook-url" type="url" required placeholder="https://example.com/webhooks/tillbox" value={url} onChange={(event) => setUrl(event.target.value)} />
              <p className="text-xs text-muted-foreground">{t("urlHint")}</p>
            </div>
            <div className="space-y-2">
              <Label htmlFor="webhook-description">{t("descriptionLabel")}</Label>
              <Input id="webhook-description" placeholder={t("descriptionPlaceholder")} value={description} onChange={(event) => setDescription(event.target.value)} />
            </div>
            <div className="space-y-2">
              <Label>{t("events")}</Label>
              <EventPicker catalogue={catalogue.data ?? []} value={events} onChange={setEvents} t={t} />
            </div>
            {create.error && (
              <Alert variant="destructive">
                <AlertDescription>{errorMessage(create.error)}</AlertDescription>
              </Alert>
            )}
            <DialogFooter>
              <Button type="button" variant="outline" onClick={() => reset(false)}>
                {t("cancel")}
              </Button>
              <Button type="submit" disabled={create.isPending || events.length === 0}>
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
