"use client";

import { useMutation } from "@tanstack/react-query";
import { Button } from "@tillbox/ui";
import Link from "next/link";
import { useTRPC } from "~/lib/trpc";
import { formErrorMessage } from "./form-errors";
import { LinkStatus } from "./link-status";
import { useRunOnce } from "./use-run-once";
import { useMessages } from "@tillbox/plugin-sdk/ui";

export function ConfirmEmailChange({ token }: { token: string }) {
  const { t } = useMessages("app.auth");
  const trpc = useTRPC();
  const confirm = useMutation(trpc.auth.confirmEmailChange.mutationOptions({ meta: { toast: false } }));
  const state = useRunOnce(async () => {
    await confirm.mutateAsync({ token });
  });
  const toAccount = (
    <Button asChild variant={state.status === "done" ? "default" : "outline"}>
      <Link href="/account">{t("goToYourAccount")}</Link>
    </Button>
  );

  if (state.status === "pending") return <LinkStatus tone="pending" title={t("changingYourEmailAddress")} />;
  if (state.status === "failed") {
    return (
      <LinkStatus tone="error" title={t("yourEmailAddressWasNot")} action={toAccount}>
        {formErrorMessage(state.error)} {t("youCanAskForThe")}
      </LinkStatus>
    );
  }
  return (
    <LinkStatus tone="success" title={t("yourEmailAddressIsChanged")} action={toAccount}>
      {t("useTheNewAddressTo")}
    </LinkStatus>
  );
}
