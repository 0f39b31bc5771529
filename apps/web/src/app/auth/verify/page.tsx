import type { Metadata } from "next";
import { AuthCard } from "~/components/auth/auth-card";
import { MissingToken } from "~/components/auth/missing-token";
import { tokenParam } from "~/components/auth/query-params";
import { VerifyEmail } from "~/components/auth/verify-email";
import { getTranslations } from "next-intl/server";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("app.pages"))("confirmYourEmail") };
}

export default async function VerifyPage({ searchParams }: { searchParams: Promise<{ token?: string | string[] }> }) {
  const t = await getTranslations("app.auth");
  const token = tokenParam((await searchParams).token);
  return (
    <AuthCard title={t("confirmYourEmail")}>
      {token ? <VerifyEmail token={token} /> : <MissingToken retryHref="/auth/sign-in" retryLabel={t("goToSignIn")} />}
    </AuthCard>
  );
}
