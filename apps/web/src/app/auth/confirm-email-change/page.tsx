import type { Metadata } from "next";
import { AuthCard } from "~/components/auth/auth-card";
import { ConfirmEmailChange } from "~/components/auth/confirm-email-change";
import { MissingToken } from "~/components/auth/missing-token";
import { tokenParam } from "~/components/auth/query-params";

export const metadata: Metadata = { title: "Confirm your new email" };

export default async function ConfirmEmailChangePage({ searchParams }: { searchParams: Promise<{ token?: string | string[] }> }) {
  const token = tokenParam((await searchParams).token);
  return (
    <AuthCard title="Confirm your new email address">
      {token ? <ConfirmEmailChange token={token} /> : <MissingToken retryHref="/account" retryLabel="Go to your account" />}
    </AuthCard>
  );
}
