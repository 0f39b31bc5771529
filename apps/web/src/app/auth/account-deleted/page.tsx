import { Button } from "@tillbox/ui";
import type { Metadata } from "next";
import Link from "next/link";
import { AuthCard } from "~/components/auth/auth-card";
import { DeletionConsequences } from "~/components/account/deletion-consequences";

export const metadata: Metadata = { title: "Account deleted" };

export default function AccountDeletedPage() {
  return (
    <AuthCard title="Your account was deleted" description="You are signed out everywhere. Thank you for having been with us.">
      <DeletionConsequences compact done />
      <Button asChild variant="outline">
        <Link href="/">Back to the home page</Link>
      </Button>
    </AuthCard>
  );
}
