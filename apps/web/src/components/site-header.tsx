import { Button } from "@tillbox/ui";
import { UserRound } from "lucide-react";
import Link from "next/link";
import { auth } from "~/auth";
import { SignOutButton } from "~/components/auth/sign-out-button";

export async function SiteHeader() {
  const session = await auth();
  const signedIn = Boolean(session?.claims);
  const who = session?.user?.name || session?.user?.email || "Account";
  return (
    <header className="sticky top-0 z-40 border-b border-border/60 bg-background/80 backdrop-blur">
      <div className="mx-auto flex h-16 max-w-6xl items-center justify-between px-6">
        <Link href="/" className="flex items-center gap-2 font-semibold tracking-tight">
          <span className="grid size-7 place-items-center rounded-md bg-primary text-sm text-primary-foreground">T</span>
          Tillbox
        </Link>
        <nav aria-label="Main" className="flex items-center gap-1 text-sm">
          <Button asChild variant="ghost" size="sm" className="hidden sm:inline-flex">
            <Link href="/#features">Features</Link>
          </Button>
          <Button asChild variant="ghost" size="sm">
            <Link href="/pricing">Pricing</Link>
          </Button>
          {signedIn ? (
            <>
              <Button asChild variant="ghost" size="sm">
                <Link href="/account/billing">Billing</Link>
              </Button>
              <Button asChild variant="ghost" size="sm">
                <Link href="/account">
                  <UserRound aria-hidden />
                  <span className="sr-only">Account: </span>
                  <span className="max-w-40 truncate">{who}</span>
                </Link>
              </Button>
              <SignOutButton variant="outline" size="sm" className="ml-2" />
            </>
          ) : (
            <>
              <Button asChild variant="ghost" size="sm">
                <Link href="/auth/sign-in">Sign in</Link>
              </Button>
              <Button asChild size="sm" className="ml-2">
                <Link href="/auth/sign-up">Get started</Link>
              </Button>
            </>
          )}
        </nav>
      </div>
    </header>
  );
}
