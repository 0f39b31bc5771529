"use client";

import { ImpersonationBanner } from "@tillbox/ui/impersonation-banner";

/**
 * Ends the impersonation through /api/auth/impersonate (JSON, same origin: what its CSRF guard
 * accepts). The answer's cookie makes this browser whoever it was before, so a full navigation
 * re-renders every page part as that: the account page if a portal session came back, else home.
 */
export function PortalImpersonationBanner({ viewingAs, adminName }: { viewingAs: string; adminName: string | null }) {
  async function end() {
    const response = await fetch("/api/auth/impersonate", {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify({ action: "stop" }),
      credentials: "same-origin",
    });
    const payload = (await response.json().catch(() => null)) as { signedIn?: boolean; error?: { message?: string } } | null;
    if (!response.ok) throw new Error(payload?.error?.message ?? `Ending the impersonation failed (HTTP ${response.status}).`);
    window.location.assign(payload?.signedIn ? "/account" : "/");
  }
  return <ImpersonationBanner viewingAs={viewingAs} adminName={adminName} onEnd={end} />;
}
