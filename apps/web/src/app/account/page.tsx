import { Card, CardContent, CardDescription, CardHeader, CardTitle, EmptyState } from "@tillbox/ui";
import { Slot } from "@tillbox/ui/slot";
import { UserRound } from "lucide-react";
import type { Metadata } from "next";

export const metadata: Metadata = { title: "Account" };

export default function AccountPage() {
  return (
    <div className="mx-auto max-w-4xl px-6 py-12">
      <h1 className="text-3xl font-semibold tracking-tight">Your account</h1>
      <p className="mt-2 text-muted-foreground">Plans, invoices and tokens in one place.</p>
      <div className="mt-8 grid gap-6">
        <Card>
          <CardHeader>
            <CardTitle>Profile</CardTitle>
            <CardDescription>Sign-in arrives with the identity module; until then this portal is read-only.</CardDescription>
          </CardHeader>
          <CardContent>
            <div className="flex items-center gap-3">
              <div className="grid size-10 place-items-center rounded-full bg-accent text-accent-foreground">
                <UserRound className="size-5" aria-hidden />
              </div>
              <div>
                <p className="font-medium">Guest</p>
                <p className="text-sm text-muted-foreground">Not signed in</p>
              </div>
            </div>
          </CardContent>
        </Card>
        <Slot
          zone="web.account.page"
          fallback={<EmptyState title="Nothing else here yet" description="Sections added by plugins appear here once they are enabled." />}
        />
      </div>
    </div>
  );
}
