"use client";

import { Alert, AlertDescription, Button, Input, Label } from "@tillbox/ui";
import { LogIn, TriangleAlert } from "lucide-react";
import { signIn } from "next-auth/react";
import { useState, type FormEvent } from "react";
import { safeCallbackPath, signInFailureMessage } from "./sign-in-result";
import { useMessages } from "@tillbox/plugin-sdk/ui";

/** `initialCode`: the `?code=` Auth.js appends when it redirects a failed sign-in back here. */
export function SignInForm({ callbackUrl, initialCode }: { callbackUrl?: string; initialCode?: string }) {
  const { t } = useMessages("app.signIn");
  const [error, setError] = useState<string | null>(initialCode ? signInFailureMessage({ error: "CredentialsSignin", code: initialCode }, t) : null);
  const [pending, setPending] = useState(false);

  async function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    setPending(true);
    setError(null);
    try {
      const result = await signIn("credentials", {
        email: String(form.get("email") ?? "").trim(),
        password: String(form.get("password") ?? ""),
        redirect: false,
      });
      const failure = signInFailureMessage(result, t);
      if (failure) {
        setError(failure);
        return;
      }
      // A full navigation, so the server layout reads the fresh session cookie.
      window.location.assign(safeCallbackPath(callbackUrl));
    } catch {
      setError(t("unavailable"));
    } finally {
      setPending(false);
    }
  }

  return (
    <form onSubmit={onSubmit} className="grid gap-4">
      {error ? (
        <Alert variant="destructive" data-testid="sign-in-error">
          <TriangleAlert />
          <AlertDescription>{error}</AlertDescription>
        </Alert>
      ) : null}
      <div className="grid gap-2">
        <Label htmlFor="email">{t("email")}</Label>
        <Input id="email" name="email" type="email" autoComplete="username" required autoFocus />
      </div>
      <div className="grid gap-2">
        <Label htmlFor="password">{t("password")}</Label>
        <Input id="password" name="password" type="password" autoComplete="current-password" required />
      </div>
      <Button type="submit" disabled={pending} className="w-full">
        <LogIn aria-hidden /> {pending ? t("submitting") : t("submit")}
      </Button>
    </form>
  );
}
