import type { Metadata } from "next";
import { AuthCard } from "~/components/auth/auth-card";
import { ConfirmEmailChange } from "~/components/auth/confirm-email-change";
import { MissingToken } from "~/components/auth/missing-token";
import { tokenParam } from "~/components/auth/query-params";
import { getTranslations } from "next-intl/server";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("app.pages"))("confirmYourNewEmail") };
}

export default async function ConfirmEmailChangePage({ searchParams }: { searchParams: Promise<{ token?: string | string[] }> }) {
  const t = await getTranslations("app.auth");
  const token = tokenParam((await searchParams).token);
  return (
    <AuthCard title={t("confirmYourNewEmailAddress")}>
      {token ? <ConfirmEmailChange token={token} /> : <MissingToken retryHref="/account" retryLabel={t("goToYourAccount")} />}
    </AuthCard>
  );
}
