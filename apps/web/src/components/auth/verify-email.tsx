"use client";

import { useMutation } from "@tanstack/react-query";
import { Button } from "@tillbox/ui";
import Link from "next/link";
import { useTRPC } from "~/lib/trpc";
import { formErrorMessage } from "./form-errors";
import { LinkStatus } from "./link-status";
import { useRunOnce } from "./use-run-once";
import { useMessages } from "@tillbox/plugin-sdk/ui";

export function VerifyEmail({ token }: { token: string }) {
  const { t } = useMessages("app.auth");
  const trpc = useTRPC();
  const verify = useMutation(trpc.auth.verifyEmail.mutationOptions({ meta: { toast: false } }));
  const state = useRunOnce(async () => {
    await verify.mutateAsync({ token });
  });

  if (state.status === "pending") return <LinkStatus tone="pending" title={t("confirmingYourEmailAddress")} />;
  if (state.status === "failed") {
    return (
      <LinkStatus
        tone="error"
        title={t("weCouldNotConfirmYour")}
        action={
          <Button asChild variant="outline">
            <Link href="/auth/sign-in">{t("goToSignIn")}</Link>
          </Button>
        }
      >
        {formErrorMessage(state.error)} {t("signInToHaveA")}
      </LinkStatus>
    );
  }
  return (
    <LinkStatus
      tone="success"
      title={t("yourEmailAddressIsConfirmed")}
      action={
        <Button asChild>
          <Link href="/auth/sign-in">{t("signIn")}</Link>
        </Button>
      }
    >
      {t("yourAccountIsReadySign")}
    </LinkStatus>
  );
}
