import type { Metadata } from "next";
import { AuthCard } from "~/components/auth/auth-card";
import { MagicLinkSignIn } from "~/components/auth/magic-link-sign-in";
import { MissingToken } from "~/components/auth/missing-token";
import { safeCallbackUrl, tokenParam } from "~/components/auth/query-params";
import { getTranslations } from "next-intl/server";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("app.pages"))("signingIn") };
}

export default async function MagicLinkPage({ searchParams }: { searchParams: Promise<{ token?: string | string[]; callbackUrl?: string | string[] }> }) {
  const t = await getTranslations("app.auth");
  const params = await searchParams;
  const token = tokenParam(params.token);
  return (
    <AuthCard title={t("signInWithALink")}>
      {token ? (
        <MagicLinkSignIn token={token} callbackUrl={safeCallbackUrl(params.callbackUrl)} />
      ) : (
        <MissingToken retryHref="/auth/sign-in" retryLabel={t("backToSignIn")} />
      )}
    </AuthCard>
  );
}
