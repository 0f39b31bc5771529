import { Button } from "@tillbox/ui";
import type { Metadata } from "next";
import Link from "next/link";
import { auth } from "~/auth";
import { AuthCard } from "~/components/auth/auth-card";
import { SignOutButton } from "~/components/auth/sign-out-button";
import { getTranslations } from "next-intl/server";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("app.pages"))("signOut") };
}

/** Signing out takes a click: a GET that signs out could be triggered by any page linking here. */
export default async function SignOutPage() {
  const t = await getTranslations("app.auth");
  const session = await auth();
  if (!session?.claims) {
    return (
      <AuthCard title={t("youAreSignedOut")}>
        <Button asChild>
          <Link href="/auth/sign-in">{t("signIn")}</Link>
        </Button>
      </AuthCard>
    );
  }
  return (
    <AuthCard title={t("signOut")} description={session.user?.email ? t("signedInAsEmail", { email: session.user.email }) : undefined}>
      <div className="grid gap-2">
        <SignOutButton />
        <Button asChild variant="outline">
          <Link href="/account">{t("staySignedIn")}</Link>
        </Button>
      </div>
    </AuthCard>
  );
}
