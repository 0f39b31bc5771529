import type { Metadata } from "next";
import { AuthCard } from "~/components/auth/auth-card";
import { MissingToken } from "~/components/auth/missing-token";
import { tokenParam } from "~/components/auth/query-params";
import { ResetPasswordForm } from "~/components/auth/reset-password-form";

export const metadata: Metadata = { title: "Choose a new password" };

export default async function ResetPasswordPage({ searchParams }: { searchParams: Promise<{ token?: string | string[] }> }) {
  const token = tokenParam((await searchParams).token);
  return (
    <AuthCard title="Choose a new password" description={token ? "Every device signed in to your account is signed out once you save it." : undefined}>
      {token ? <ResetPasswordForm token={token} /> : <MissingToken retryHref="/auth/forgot-password" retryLabel="Ask for a new link" />}
    </AuthCard>
  );
}
