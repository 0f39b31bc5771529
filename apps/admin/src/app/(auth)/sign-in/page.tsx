import { Card, CardContent, CardDescription, CardHeader, CardTitle } from "@tillbox/ui";
import type { Metadata } from "next";
import { redirect } from "next/navigation";
import { loadViewer } from "~/components/auth/load-viewer";
import { safeCallbackPath } from "~/components/auth/sign-in-result";
import { SignInForm } from "~/components/auth/sign-in-form";

export const metadata: Metadata = { title: "Sign in" };

export default async function SignInPage({ searchParams }: { searchParams: Promise<{ callbackUrl?: string; code?: string }> }) {
  const { callbackUrl, code } = await searchParams;
  if (await loadViewer()) redirect(safeCallbackPath(callbackUrl));
  return (
    <Card>
      <CardHeader>
        <CardTitle className="text-xl">Sign in</CardTitle>
        <CardDescription>Back-office access for operators and support.</CardDescription>
      </CardHeader>
      <CardContent>
        <SignInForm callbackUrl={callbackUrl} initialCode={code} />
      </CardContent>
    </Card>
  );
}
