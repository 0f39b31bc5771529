import { Button } from "@tillbox/ui";
import Link from "next/link";

export function SiteHeader() {
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
            <Link href="/account">Account</Link>
          </Button>
          <Button asChild size="sm" className="ml-2">
            <Link href="/account">Get started</Link>
          </Button>
        </nav>
      </div>
    </header>
  );
}
