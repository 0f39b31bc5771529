import { DomainError } from "@tillbox/core";

/**
 * Thrown by procedures when a limit is hit. packages/trpc maps it to HTTP 429 with
 * `retryAfterSeconds` in the error data and a Retry-After header.
 */
export class RateLimitedError extends DomainError {
  constructor(readonly retryAfterSeconds: number) {
    super("RATE_LIMITED", `Too many attempts. Try again in ${retryAfterSeconds} seconds.`, "TOO_MANY_REQUESTS");
    this.name = "RateLimitedError";
  }
}

/** For plain route handlers (not tRPC): 429 with Retry-After and a JSON error body. */
export function rateLimitResponse(retryAfterSeconds: number): Response {
  const seconds = Math.max(1, Math.ceil(retryAfterSeconds));
  const body = { error: { code: "RATE_LIMITED", message: `Too many requests. Try again in ${seconds} seconds.`, retryAfterSeconds: seconds } };
  return new Response(JSON.stringify(body), {
    status: 429,
    headers: { "content-type": "application/json", "retry-after": String(seconds), "cache-control": "no-store" },
  });
}
