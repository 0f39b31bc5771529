"use client";

import { useMutation } from "@tanstack/react-query";
import { Button, Input, Separator } from "@tillbox/ui";
import { Field } from "@tillbox/ui/field";
import { Loader2 } from "lucide-react";
import Link from "next/link";
import { useRouter } from "next/navigation";
import { useState, type FormEvent } from "react";
import { useTRPC } from "~/lib/trpc";
import { CheckInbox } from "./check-inbox";
import { invalidCredentialsMessage, signInProblem } from "./credentials-result";
import { FormAlert } from "./form-alert";
import { formErrorMessage } from "./form-errors";
import { GitHubButton } from "./github-button";
import { PasswordInput } from "./password-input";
import { ResendVerification } from "./resend-verification";
import { signInWithPassword } from "./sign-in-actions";
import { useMessages } from "@tillbox/plugin-sdk/ui";

type Outcome = { kind: "error"; message: string } | { kind: "unverified" } | { kind: "link-sent" } | null;

export function SignInForm({ callbackUrl, githubEnabled }: { callbackUrl: string; githubEnabled: boolean }) {
  const { t, rich } = useMessages("app.auth");
  const router = useRouter();
  const trpc = useTRPC();
  const [email, setEmail] = useState("");
  const [password, setPassword] = useState("");
  const [pending, setPending] = useState(false);
  const [outcome, setOutcome] = useState<Outcome>(null);
  const magicLink = useMutation(trpc.auth.requestMagicLink.mutationOptions({ meta: { toast: false } }));

  async function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    setPending(true);
    setOutcome(null);
    try {
      const result = await signInWithPassword(email, password);
      if (result.ok) {
        router.replace(callbackUrl);
        router.refresh();
        return;
      }
      const problem = signInProblem(result);
      if (problem.kind === "unverified") setOutcome({ kind: "unverified" });
      else if (problem.kind === "rate_limited") setOutcome({ kind: "error", message: problem.message });
      else if (problem.kind === "invalid") setOutcome({ kind: "error", message: invalidCredentialsMessage });
      else setOutcome({ kind: "error", message: t("signingInFailedPleaseTry") });
    } catch {
      setOutcome({ kind: "error", message: t("signingInFailedPleaseTry") });
    } finally {
      setPending(false);
    }
  }

  function sendMagicLink() {
    setOutcome(null);
    if (!email) {
      setOutcome({ kind: "error", message: t("enterYourEmailAddressFirst") });
      return;
    }
    magicLink.mutate(
      { email },
      {
        onSuccess: () => setOutcome({ kind: "link-sent" }),
        onError: (error) => setOutcome({ kind: "error", message: formErrorMessage(error) }),
      },
    );
  }

  if (outcome?.kind === "link-sent") {
    return (
      <CheckInbox
        action={
          <Button variant="outline" onClick={() => setOutcome(null)}>
            {t("backToSignIn")}
          </Button>
        }
      >
        {rich("signInLinkSent", { email, strong: (chunks) => <strong className="text-foreground">{chunks}</strong> })}
      </CheckInbox>
    );
  }

  return (
    <div className="grid gap-6">
      <form onSubmit={onSubmit} className="grid gap-4">
        {outcome?.kind === "error" ? <FormAlert>{outcome.message}</FormAlert> : null}
        {outcome?.kind === "unverified" ? (
          <FormAlert>
            {t("pleaseConfirmYourEmailAddress")}
            <ResendVerification email={email} />
          </FormAlert>
        ) : null}
        <Field id="email" label={t("email")}>
          <Input id="email" name="email" type="email" autoComplete="email" required value={email} onChange={(event) => setEmail(event.target.value)} />
        </Field>
        <div className="grid gap-2">
          <Field id="password" label={t("password")}>
            <PasswordInput
              id="password"
              name="password"
              autoComplete="current-password"
              required
              value={password}
              onChange={(event) => setPassword(event.target.value)}
            />
          </Field>
          <Link
            href="/auth/forgot-password"
            className="justify-self-end text-xs text-muted-foreground underline-offset-4 hover:text-foreground hover:underline"
          >
            {t("forgotYourPassword")}
          </Link>
        </div>
        <Button type="submit" disabled={pending}>
          {pending ? <Loader2 className="animate-spin" aria-hidden /> : null}
          {t("signIn")}
        </Button>
      </form>
      <div className="flex items-center gap-3 text-xs text-muted-foreground">
        <Separator className="flex-1" />
        or
        <Separator className="flex-1" />
      </div>
      <div className="grid gap-2">
        <Button type="button" variant="outline" onClick={sendMagicLink} disabled={magicLink.isPending}>
          {magicLink.isPending ? <Loader2 className="animate-spin" aria-hidden /> : null}
          {t("emailMeASignIn")}
        </Button>
        {githubEnabled ? <GitHubButton callbackUrl={callbackUrl} /> : null}
      </div>
    </div>
  );
}
