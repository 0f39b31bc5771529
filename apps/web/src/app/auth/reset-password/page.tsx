import type { Metadata } from "next";
import { AuthCard } from "~/components/auth/auth-card";
import { MissingToken } from "~/components/auth/missing-token";
import { tokenParam } from "~/components/auth/query-params";
import { ResetPasswordForm } from "~/components/auth/reset-password-form";
import { getTranslations } from "next-intl/server";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("app.pages"))("chooseANewPassword") };
}

export default async function ResetPasswordPage({ searchParams }: { searchParams: Promise<{ token?: string | string[] }> }) {
  const t = await getTranslations("app.auth");
  const token = tokenParam((await searchParams).token);
  return (
    <AuthCard title={t("chooseANewPassword")} description={token ? t("everyDeviceSignedInTo") : undefined}>
      {token ? <ResetPasswordForm token={token} /> : <MissingToken retryHref="/auth/forgot-password" retryLabel={t("askForANewLink")} />}
    </AuthCard>
  );
}
