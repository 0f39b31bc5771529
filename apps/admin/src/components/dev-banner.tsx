import { ShieldAlert } from "lucide-react";

/**
 * Shown until identity lands, so nobody mistakes this for a secured back-office. The wording
 * follows packages/api requestActor(): dev admin outside production, anonymous in production.
 */
export function DevBanner() {
  const production = process.env.NODE_ENV === "production";
  return (
    <div role="note" data-testid="dev-banner" className="flex items-center gap-2 border-b border-warning/30 bg-warning/10 px-6 py-2 text-xs text-foreground">
      <ShieldAlert className="size-4 shrink-0 text-warning" aria-hidden />
      {production ? (
        <span>
          <strong className="font-semibold">No sign-in yet:</strong> this production server treats every request as anonymous and refuses privileged actions.
        </span>
      ) : (
        <span>
          <strong className="font-semibold">Development mode:</strong> no sign-in yet: every request acts as the dev admin; production refuses privileged
          actions.
        </span>
      )}
    </div>
  );
}
