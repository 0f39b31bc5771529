import { Button } from "@tillbox/ui";
import type { Metadata } from "next";
import Link from "next/link";
import { AuthCard } from "~/components/auth/auth-card";
import { DeletionConsequences } from "~/components/account/deletion-consequences";
import { useMessages } from "@tillbox/plugin-sdk/ui";
import { getTranslations } from "next-intl/server";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("app.pages"))("accountDeleted") };
}

export default function AccountDeletedPage() {
  const { t } = useMessages("app.auth");
  return (
    <AuthCard title={t("yourAccountWasDeleted")} description={t("youAreSignedOutEverywhere")}>
      <DeletionConsequences compact done />
      <Button asChild variant="outline">
        <Link href="/">{t("backToTheHomePage")}</Link>
      </Button>
    </AuthCard>
  );
}
