"use client";

import { useEffect, useRef, useState } from "react";

export type RunState = { status: "pending" } | { status: "done" } | { status: "failed"; error: unknown };

/**
 * Runs a token-consuming action once on mount. Tokens are single use, and React's dev StrictMode
 * mounts effects twice: the ref (kept across that remount) stops the second call from burning the
 * token and showing "already used" for a link that just worked.
 */
export function useRunOnce(action: () => Promise<void>): RunState {
  const started = useRef(false);
  const [state, setState] = useState<RunState>({ status: "pending" });
  useEffect(() => {
    if (started.current) return;
    started.current = true;
    action().then(
      () => setState({ status: "done" }),
      (error: unknown) => setState({ status: "failed", error }),
    );
    // The action captures the token from the first render; later renders must not re-run it.
  }, []);
  return state;
}
