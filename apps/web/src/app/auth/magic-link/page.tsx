import type { Metadata } from "next";
import { AuthCard } from "~/components/auth/auth-card";
import { MagicLinkSignIn } from "~/components/auth/magic-link-sign-in";
import { MissingToken } from "~/components/auth/missing-token";
import { safeCallbackUrl, tokenParam } from "~/components/auth/query-params";

export const metadata: Metadata = { title: "Signing in" };

export default async function MagicLinkPage({ searchParams }: { searchParams: Promise<{ token?: string | string[]; callbackUrl?: string | string[] }> }) {
  const params = await searchParams;
  const token = tokenParam(params.token);
  return (
    <AuthCard title="Sign in with a link">
      {token ? <MagicLinkSignIn token={token} callbackUrl={safeCallbackUrl(params.callbackUrl)} /> : <MissingToken retryHref="/auth/sign-in" retryLabel="Back to sign in" />}
    </AuthCard>
  );
}
