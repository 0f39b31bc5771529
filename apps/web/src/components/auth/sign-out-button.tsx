"use client";

import { Button, type ButtonProps } from "@tillbox/ui";
import { Loader2, LogOut } from "lucide-react";
import { signOut } from "next-auth/react";
import { useState } from "react";
import { useMessages } from "@tillbox/plugin-sdk/ui";

/** Ends this browser's session and goes home; other devices stay signed in (see "Sign out everywhere"). */
export function SignOutButton({ label, redirectTo = "/", ...props }: Omit<ButtonProps, "onClick"> & { label?: string; redirectTo?: string }) {
  const { t } = useMessages("app.auth");
  const [pending, setPending] = useState(false);
  return (
    <Button
      type="button"
      {...props}
      disabled={pending || props.disabled}
      onClick={() => {
        setPending(true);
        void signOut({ redirectTo });
      }}
    >
      {pending ? <Loader2 className="animate-spin" aria-hidden /> : <LogOut aria-hidden />}
      {label ?? t("signOut")}
    </Button>
  );
}
