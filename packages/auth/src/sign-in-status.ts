import { AsyncLocalStorage } from "node:async_hooks";

/**
 * Auth.js answers every failed credentials sign-in with a redirect; a rate-limited one must be
 * a 429 with Retry-After. The provider notes the wait in this per-request store and the route
 * wrapper turns the answer into a 429 (the Location header stays, so a form still lands on the
 * sign-in page with `code=rate_limited`).
 */
const attempt = new AsyncLocalStorage<{ retryAfterSeconds?: number }>();

export function noteRateLimited(retryAfterSeconds: number): void {
  const store = attempt.getStore();
  if (store) store.retryAfterSeconds = Math.max(1, Math.ceil(retryAfterSeconds));
}

export function withSignInStatus<TRequest extends Request, TArgs extends unknown[]>(
  handler: (request: TRequest, ...rest: TArgs) => Promise<Response>,
): (request: TRequest, ...rest: TArgs) => Promise<Response> {
  return async (request, ...rest) => {
    const store: { retryAfterSeconds?: number } = {};
    const response = await attempt.run(store, () => handler(request, ...rest));
    if (store.retryAfterSeconds === undefined) return response;
    const headers = new Headers(response.headers);
    headers.set("Retry-After", String(store.retryAfterSeconds));
    return new Response(response.body, { status: 429, headers });
  };
}
