import type { Metadata } from "next";
import { AuthCard } from "~/components/auth/auth-card";
import { MissingToken } from "~/components/auth/missing-token";
import { tokenParam } from "~/components/auth/query-params";
import { VerifyEmail } from "~/components/auth/verify-email";

export const metadata: Metadata = { title: "Confirm your email" };

export default async function VerifyPage({ searchParams }: { searchParams: Promise<{ token?: string | string[] }> }) {
  const token = tokenParam((await searchParams).token);
  return (
    <AuthCard title="Confirm your email">
      {token ? <VerifyEmail token={token} /> : <MissingToken retryHref="/auth/sign-in" retryLabel="Go to sign in" />}
    </AuthCard>
  );
}
