import { getEnv } from "@tillbox/config";
import { createRateLimiter, type RateLimiter } from "./limiter";

let shared: RateLimiter | undefined;

/**
 * The process-wide limiter, configured from the environment (REDIS_URL, RATE_LIMIT_API_PER_MINUTE)
 * on first use. One instance per process, so memory counters are shared by every request.
 */
export function getRateLimiter(): RateLimiter {
  if (!shared) {
    const env = getEnv();
    shared = createRateLimiter({ redisUrl: env.REDIS_URL, policies: { api: { points: env.RATE_LIMIT_API_PER_MINUTE, durationSeconds: 60 } } });
  }
  return shared;
}

/** Tests swap in their own limiter; `undefined` goes back to the environment's. */
export function setRateLimiter(limiter: RateLimiter | undefined): void {
  shared = limiter;
}
