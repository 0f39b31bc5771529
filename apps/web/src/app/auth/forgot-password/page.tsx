import type { Metadata } from "next";
import Link from "next/link";
import { AuthCard } from "~/components/auth/auth-card";
import { ForgotPasswordForm } from "~/components/auth/forgot-password-form";
import { useMessages } from "@tillbox/plugin-sdk/ui";
import { getTranslations } from "next-intl/server";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("app.pages"))("forgotPassword") };
}

export default function ForgotPasswordPage() {
  const { t } = useMessages("app.auth");
  return (
    <AuthCard
      title={t("forgotYourPassword")}
      description={t("enterYourEmailAddressAnd")}
      footer={
        <Link href="/auth/sign-in" className="font-medium text-foreground underline-offset-4 hover:underline">
          {t("backToSignIn")}
        </Link>
      }
    >
      <ForgotPasswordForm />
    </AuthCard>
  );
}
