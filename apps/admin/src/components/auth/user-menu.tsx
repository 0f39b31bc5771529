"use client";

import { useMessages } from "@tillbox/plugin-sdk/ui";
import { Button } from "@tillbox/ui";
import { LogOut } from "lucide-react";
import { signOut } from "next-auth/react";
import { useState } from "react";

/** Who is signed in, and the way out. Signing out here leaves the portal session alone (own cookies). */
export function UserMenu({ name, email }: { name: string | null; email: string }) {
  const { t } = useMessages("app.nav");
  const [pending, setPending] = useState(false);
  return (
    <div className="flex items-center gap-3 text-sm" data-testid="user-menu">
      <div className="hidden min-w-0 text-right sm:block">
        <div className="truncate font-medium">{name ?? email}</div>
        {name ? <div className="truncate text-xs text-muted-foreground">{email}</div> : null}
      </div>
      <span aria-hidden className="grid size-8 shrink-0 place-items-center rounded-full bg-secondary text-xs font-semibold uppercase text-secondary-foreground">
        {(name ?? email).slice(0, 1)}
      </span>
      <Button
        variant="ghost"
        size="sm"
        disabled={pending}
        onClick={() => {
          setPending(true);
          void signOut({ redirectTo: "/sign-in" });
        }}
      >
        <LogOut aria-hidden /> {pending ? t("signingOut") : t("signOut")}
      </Button>
    </div>
  );
}
