const BASE_MS = 1_000;
const CAP_MS = 10 * 60_000;

/**
 * Delay before the retry that follows failed attempt number `attempt` (1-based): 2s, 4s, 8s, …
 * capped at ten minutes, with ±20% jitter so a burst of failures doesn't retry in lockstep.
 */
export function defaultBackoffMs(attempt: number, random: () => number = Math.random): number {
  const exponential = Math.min(CAP_MS, BASE_MS * 2 ** Math.max(1, attempt));
  const jitter = 0.8 + random() * 0.4;
  return Math.round(exponential * jitter);
}
