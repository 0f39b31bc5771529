"use client";

import { useMutation } from "@tanstack/react-query";
import { Button } from "@tillbox/ui";
import Link from "next/link";
import { useTRPC } from "~/lib/trpc";
import { formErrorMessage } from "./form-errors";
import { LinkStatus } from "./link-status";
import { useRunOnce } from "./use-run-once";

export function ConfirmEmailChange({ token }: { token: string }) {
  const trpc = useTRPC();
  const confirm = useMutation(trpc.auth.confirmEmailChange.mutationOptions({ meta: { toast: false } }));
  const state = useRunOnce(async () => {
    await confirm.mutateAsync({ token });
  });
  const toAccount = (
    <Button asChild variant={state.status === "done" ? "default" : "outline"}>
      <Link href="/account">Go to your account</Link>
    </Button>
  );

  if (state.status === "pending") return <LinkStatus tone="pending" title="Changing your email address…" />;
  if (state.status === "failed") {
    return (
      <LinkStatus tone="error" title="Your email address was not changed" action={toAccount}>
        {formErrorMessage(state.error)} You can ask for the change again on your account page.
      </LinkStatus>
    );
  }
  return (
    <LinkStatus tone="success" title="Your email address is changed" action={toAccount}>
      Use the new address to sign in from now on. We told your previous address about the change.
    </LinkStatus>
  );
}
