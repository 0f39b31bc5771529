"use client";

import { Button } from "@tillbox/ui";
import Link from "next/link";
import { useRouter } from "next/navigation";
import { signInProblem } from "./credentials-result";
import { LinkStatus } from "./link-status";
import { signInWithMagicLink } from "./sign-in-actions";
import { useRunOnce } from "./use-run-once";
import { useMessages } from "@tillbox/plugin-sdk/ui";

class MagicLinkFailed extends Error {
  constructor(readonly rateLimitMessage: string | null) {
    super("magic link refused");
  }
}

export function MagicLinkSignIn({ token, callbackUrl }: { token: string; callbackUrl: string }) {
  const { t } = useMessages("app.auth");
  const router = useRouter();
  const state = useRunOnce(async () => {
    const result = await signInWithMagicLink(token);
    if (!result.ok) {
      const problem = signInProblem(result);
      throw new MagicLinkFailed(problem.kind === "rate_limited" ? problem.message : null);
    }
    router.replace(callbackUrl);
    router.refresh();
  });

  if (state.status === "failed") {
    const rateLimited = state.error instanceof MagicLinkFailed ? state.error.rateLimitMessage : null;
    return (
      <LinkStatus
        tone="error"
        title={t("thisSignInLinkDid")}
        action={
          <Button asChild>
            <Link href="/auth/sign-in">{t("backToSignIn")}</Link>
          </Button>
        }
      >
        {rateLimited ?? t("theLinkIsInvalidHas")}
      </LinkStatus>
    );
  }
  // "done" keeps the spinner: the redirect to the account is already under way.
  return <LinkStatus tone="pending" title={t("signingYouIn")} />;
}
