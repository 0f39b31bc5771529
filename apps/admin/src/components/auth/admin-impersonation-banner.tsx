"use client";

import { ImpersonationBanner } from "@tillbox/ui/impersonation-banner";
import { impersonationRequest } from "./impersonation-request";

/** Ends the impersonation and reloads, so the layout renders as whoever this browser is again. */
export function AdminImpersonationBanner({ viewingAs, adminName }: { viewingAs: string; adminName: string | null }) {
  return (
    <ImpersonationBanner
      viewingAs={viewingAs}
      adminName={adminName}
      onEnd={async () => {
        const { signedIn } = await impersonationRequest({ action: "stop" });
        window.location.assign(signedIn === false ? "/sign-in" : "/");
      }}
    />
  );
}
