import { githubEnabled } from "@tillbox/auth";
import type { Metadata } from "next";
import Link from "next/link";
import { redirect } from "next/navigation";
import { auth } from "~/auth";
import { AuthCard } from "~/components/auth/auth-card";
import { FormAlert } from "~/components/auth/form-alert";
import { safeCallbackUrl } from "~/components/auth/query-params";
import { SignInForm } from "~/components/auth/sign-in-form";
import { getTranslations } from "next-intl/server";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("app.pages"))("signIn") };
}

type SearchParams = Promise<Record<string, string | string[] | undefined>>;

export default async function SignInPage({ searchParams }: { searchParams: SearchParams }) {
  const t = await getTranslations("app.auth");
  const params = await searchParams;
  const callbackUrl = safeCallbackUrl(params.callbackUrl);
  const session = await auth();
  if (session?.claims) redirect(callbackUrl);
  return (
    <AuthCard
      title={t("signIn")}
      description={t("welcomeBackSignInTo")}
      footer={
        <p>
          New here?{" "}
          <Link href="/auth/sign-up" className="font-medium text-foreground underline-offset-4 hover:underline">
            {t("createAnAccount")}
          </Link>
        </p>
      }
    >
      {params.signedOut === "everywhere" ? <FormAlert tone="success">{t("youWereSignedOutOn")}</FormAlert> : null}
      <SignInForm callbackUrl={callbackUrl} githubEnabled={githubEnabled()} />
    </AuthCard>
  );
}
