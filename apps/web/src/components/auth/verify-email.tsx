"use client";

import { useMutation } from "@tanstack/react-query";
import { Button } from "@tillbox/ui";
import Link from "next/link";
import { useTRPC } from "~/lib/trpc";
import { formErrorMessage } from "./form-errors";
import { LinkStatus } from "./link-status";
import { useRunOnce } from "./use-run-once";

export function VerifyEmail({ token }: { token: string }) {
  const trpc = useTRPC();
  const verify = useMutation(trpc.auth.verifyEmail.mutationOptions({ meta: { toast: false } }));
  const state = useRunOnce(async () => {
    await verify.mutateAsync({ token });
  });

  if (state.status === "pending") return <LinkStatus tone="pending" title="Confirming your email address…" />;
  if (state.status === "failed") {
    return (
      <LinkStatus tone="error" title="We could not confirm your email address" action={<Button asChild variant="outline"><Link href="/auth/sign-in">Go to sign in</Link></Button>}>
        {formErrorMessage(state.error)} Sign in to have a new confirmation link sent.
      </LinkStatus>
    );
  }
  return (
    <LinkStatus tone="success" title="Your email address is confirmed" action={<Button asChild><Link href="/auth/sign-in">Sign in</Link></Button>}>
      Your account is ready. Sign in with your email and password.
    </LinkStatus>
  );
}
