import { fetchRequestHandler } from "@trpc/server/adapters/fetch";
import { clientIp, getRateLimiter, rateLimitResponse } from "@tillbox/rate-limit";
import { retryAfterHeaders } from "@tillbox/trpc";
import { appRouter } from "./root";
import { apiBodyLimit, withBodyLimit } from "./body-limit";
import { createRequestContext } from "./context";
import type { RequestSession } from "./request-actor";
import { assertSameOriginMutation } from "./same-origin";

export interface TRPCRequestOptions {
  /** The app's Auth.js session: `handleTRPCRequest(request, { session: await auth() })`. */
  session?: RequestSession | null;
}

/**
 * The /api/trpc endpoint of both apps. The body is capped (TILLBOX_MAX_BODY_BYTES, 413) while
 * tRPC reads it; a cookie-authenticated mutation from another origin is refused (403) before any
 * procedure runs. Internal errors are logged here and answered without detail.
 */
export async function handleTRPCRequest(request: Request, options: TRPCRequestOptions = {}): Promise<Response> {
  const limited = await apiRateLimit(request);
  if (limited) return limited;
  const session = options.session ?? null;
  return fetchRequestHandler({
    endpoint: "/api/trpc",
    req: withBodyLimit(request, apiBodyLimit()),
    router: appRouter,
    createContext: () => {
      assertSameOriginMutation(request, session);
      return createRequestContext({ headers: request.headers, url: request.url, session });
    },
    responseMeta: ({ errors }) => ({ headers: retryAfterHeaders(errors) }),
    onError({ error, path }) {
      if (error.code === "INTERNAL_SERVER_ERROR") console.error(`tRPC ${path ?? "?"} failed:`, error.cause ?? error);
    },
  });
}

/** The general per-IP limit (RATE_LIMIT_API_PER_MINUTE); flows like sign-in add their own, stricter ones. */
export async function apiRateLimit(request: Request): Promise<Response | undefined> {
  try {
    const result = await getRateLimiter().consume("api", clientIp(request.headers));
    return result.allowed ? undefined : rateLimitResponse(result.retryAfterSeconds);
  } catch (error) {
    // A broken limiter store must not take the whole API down; sign-in limits still apply.
    console.error("API rate limit unavailable:", error);
    return undefined;
  }
}
