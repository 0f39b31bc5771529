"use client";

import { useCallback, useRef } from "react";
import { keyFor, type KeySlot } from "./idempotency-key";

/** `current()` before each submit; `finished()` after the server answered (see keyFor). */
export function useIdempotencyKey(signature: string) {
  const slot = useRef<KeySlot | null>(null);
  const current = useCallback(() => {
    slot.current = keyFor(slot.current, signature, () => crypto.randomUUID());
    return slot.current.key;
  }, [signature]);
  const finished = useCallback(() => {
    slot.current = null;
  }, []);
  return { current, finished };
}
