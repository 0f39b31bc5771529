import type { Metadata } from "next";
import Link from "next/link";
import { AuthCard } from "~/components/auth/auth-card";
import { SignUpForm } from "~/components/auth/sign-up-form";
import { useMessages } from "@tillbox/plugin-sdk/ui";
import { getTranslations } from "next-intl/server";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("app.pages"))("createAnAccount") };
}

export default function SignUpPage() {
  const { t } = useMessages("app.auth");
  return (
    <AuthCard
      title={t("createYourAccount")}
      description={t("startWithYourEmailAddress")}
      footer={
        <p>
          Already have an account?{" "}
          <Link href="/auth/sign-in" className="font-medium text-foreground underline-offset-4 hover:underline">
            {t("signIn")}
          </Link>
        </p>
      }
    >
      <SignUpForm />
    </AuthCard>
  );
}
