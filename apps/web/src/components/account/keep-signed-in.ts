"use client";

import { useRouter } from "next/navigation";
import { useCallback } from "react";
import { signInWithPassword } from "../auth/sign-in-actions";

/**
 * A password change bumps sessionVersion, which ends every session including this one. Signing in
 * again with the new password (which we just proved) issues a fresh session for this browser only;
 * should that fail, the user lands on the sign-in page instead of a page that silently stops working.
 */
export function useKeepThisDeviceSignedIn() {
  const router = useRouter();
  return useCallback(
    async ({ email, password }: { email: string; password: string; sessionVersion: number }) => {
      const result = await signInWithPassword(email, password).catch(() => null);
      if (!result?.ok) {
        router.replace("/auth/sign-in?callbackUrl=%2Faccount");
        return;
      }
      router.refresh();
    },
    [router],
  );
}
