import { Card, CardContent, CardDescription, CardHeader, CardTitle } from "@tillbox/ui";
import type { Metadata } from "next";
import { redirect } from "next/navigation";
import { loadViewer } from "~/components/auth/load-viewer";
import { safeCallbackPath } from "~/components/auth/sign-in-result";
import { SignInForm } from "~/components/auth/sign-in-form";
import { getTranslations } from "next-intl/server";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("app.signIn"))("title") };
}

export default async function SignInPage({ searchParams }: { searchParams: Promise<{ callbackUrl?: string; code?: string }> }) {
  const { callbackUrl, code } = await searchParams;
  if (await loadViewer()) redirect(safeCallbackPath(callbackUrl));
  const t = await getTranslations("app.signIn");
  return (
    <Card>
      <CardHeader>
        <CardTitle className="text-xl">{t("title")}</CardTitle>
        <CardDescription>{t("description")}</CardDescription>
      </CardHeader>
      <CardContent>
        <SignInForm callbackUrl={callbackUrl} initialCode={code} />
      </CardContent>
    </Card>
  );
}
