"use client";

import { VenetianMask } from "lucide-react";
import { useState } from "react";
import { Button } from "./button";

/**
 * The loud strip shown while an admin acts as someone else (both apps). Deliberately not the
 * theme's warning tone: it must not blend into ordinary notices. `onEnd` performs the stop; the
 * banner only guards against double clicks and shows a failure.
 */
export function ImpersonationBanner({ viewingAs, adminName, onEnd }: { viewingAs: string; adminName?: string | null; onEnd: () => Promise<void> }) {
  const [pending, setPending] = useState(false);
  const [failed, setFailed] = useState(false);
  async function end() {
    setPending(true);
    setFailed(false);
    try {
      await onEnd();
    } catch {
      setFailed(true);
      setPending(false);
    }
  }
  return (
    <div
      role="alert"
      data-testid="impersonation-banner"
      className="sticky top-0 z-40 flex flex-wrap items-center justify-center gap-x-4 gap-y-1 bg-fuchsia-700 px-4 py-2 text-sm text-white"
    >
      <VenetianMask className="size-4 shrink-0" aria-hidden />
      <span>
        You are viewing as <strong className="font-semibold">{viewingAs}</strong>
        {adminName ? <span className="opacity-80"> (signed in as {adminName})</span> : null}
        {failed ? <span className="ml-2 font-medium">Ending failed; try again.</span> : null}
      </span>
      <Button
        size="sm"
        variant="outline"
        className="h-7 border-white/70 bg-transparent text-white hover:bg-white hover:text-fuchsia-800"
        disabled={pending}
        onClick={end}
      >
        {pending ? "Ending…" : "End impersonation"}
      </Button>
    </div>
  );
}
