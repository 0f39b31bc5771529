"use client";

import { useCallback, useRef } from "react";

/**
 * One Idempotency-Key per attempt: the same submit retried (timeout, double click) reuses it, so
 * the server answers with the first result instead of refunding twice; other parameters make a
 * new attempt. `finished()` once the server answered.
 */
export function useIdempotencyKey(signature: string) {
  const slot = useRef<{ signature: string; key: string } | null>(null);
  const current = useCallback(() => {
    if (slot.current?.signature !== signature) slot.current = { signature, key: crypto.randomUUID() };
    return slot.current.key;
  }, [signature]);
  const finished = useCallback(() => {
    slot.current = null;
  }, []);
  return { current, finished };
}
