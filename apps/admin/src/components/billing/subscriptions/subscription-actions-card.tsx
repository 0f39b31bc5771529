"use client";

import { useMutation, useQueryClient } from "@tanstack/react-query";
import { Alert, AlertDescription, Button, Card, CardContent, CardDescription, CardHeader, CardTitle } from "@tillbox/ui";
import { useCan } from "~/components/auth/access";
import { errorMessage, useTRPC } from "~/lib/trpc";

const LIVE = ["active", "trialing", "past_due", "paused", "unpaid", "incomplete"];

/** Operator actions (billing:manage, audited): cancel now or at period end, pause, resume. */
export function SubscriptionActionsCard({ subscription }: { subscription: { id: string; status: string; cancelAtPeriodEnd: boolean } }) {
  const trpc = useTRPC();
  const can = useCan();
  const queryClient = useQueryClient();
  const options = { onSuccess: () => queryClient.invalidateQueries({ queryKey: trpc.billing.subscriptions.pathKey() }) };
  const cancel = useMutation(trpc.billing.subscriptions.admin.cancel.mutationOptions(options));
  const pause = useMutation(trpc.billing.subscriptions.admin.pause.mutationOptions(options));
  const resume = useMutation(trpc.billing.subscriptions.admin.resume.mutationOptions(options));
  const { id: subscriptionId, status, cancelAtPeriodEnd } = subscription;
  const allowed = {
    cancelNow: LIVE.includes(status) && can("billing.subscriptions.admin.cancel"),
    cancelAtEnd: LIVE.includes(status) && status !== "incomplete" && !cancelAtPeriodEnd && can("billing.subscriptions.admin.cancel"),
    pause: status === "active" && can("billing.subscriptions.admin.pause"),
    resume: (status === "paused" || (cancelAtPeriodEnd && status !== "canceled")) && can("billing.subscriptions.admin.resume"),
  };
  if (!Object.values(allowed).some(Boolean)) return null;
  const busy = cancel.isPending || pause.isPending || resume.isPending;
  const error = cancel.error ?? pause.error ?? resume.error;

  return (
    <Card>
      <CardHeader>
        <CardTitle>Actions</CardTitle>
        <CardDescription>Canceling now ends access at once without a refund; refund the invoice separately if needed.</CardDescription>
      </CardHeader>
      <CardContent className="grid gap-2">
        {allowed.resume ? <Button disabled={busy} onClick={() => resume.mutate({ subscriptionId })}>{status === "paused" ? "Resume" : "Undo cancellation"}</Button> : null}
        {allowed.pause ? <Button variant="outline" disabled={busy} onClick={() => pause.mutate({ subscriptionId })}>Pause</Button> : null}
        {allowed.cancelAtEnd ? <Button variant="outline" disabled={busy} onClick={() => cancel.mutate({ subscriptionId, atPeriodEnd: true })}>Cancel at period end</Button> : null}
        {allowed.cancelNow ? <Button variant="destructive" disabled={busy} onClick={() => cancel.mutate({ subscriptionId, atPeriodEnd: false })}>Cancel now</Button> : null}
        {error ? (
          <Alert variant="destructive">
            <AlertDescription>{errorMessage(error)}</AlertDescription>
          </Alert>
        ) : null}
      </CardContent>
    </Card>
  );
}
