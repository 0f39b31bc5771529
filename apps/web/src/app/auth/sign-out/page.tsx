import { Button } from "@tillbox/ui";
import type { Metadata } from "next";
import Link from "next/link";
import { auth } from "~/auth";
import { AuthCard } from "~/components/auth/auth-card";
import { SignOutButton } from "~/components/auth/sign-out-button";

export const metadata: Metadata = { title: "Sign out" };

/** Signing out takes a click: a GET that signs out could be triggered by any page linking here. */
export default async function SignOutPage() {
  const session = await auth();
  if (!session?.claims) {
    return (
      <AuthCard title="You are signed out">
        <Button asChild>
          <Link href="/auth/sign-in">Sign in</Link>
        </Button>
      </AuthCard>
    );
  }
  return (
    <AuthCard title="Sign out" description={session.user?.email ? `You are signed in as ${session.user.email}.` : undefined}>
      <div className="grid gap-2">
        <SignOutButton />
        <Button asChild variant="outline">
          <Link href="/account">Stay signed in</Link>
        </Button>
      </div>
    </AuthCard>
  );
}
