import { getEnv } from "@tillbox/config";
import { createAuth, createImpersonationHandlers } from "@tillbox/auth";
import { allScopes, requestTenantId } from "@tillbox/api";

/**
 * Auth.js for apps/web (cookies named tillbox.web.*). Server code reads the session with
 * `await auth()` (`session.claims` is null when signed out) and signs in with `signIn("credentials" |
 * "magic-link" | "github", …)`; failures carry a code (see signInErrorCode in @tillbox/auth).
 */
export const { handlers, auth, signIn, signOut, unstable_update } = createAuth({
  app: "web",
  resolveTenantId: (request) => requestTenantId(request),
  allScopes,
});

/** /api/auth/impersonate: start/stop acting as another user (see createImpersonationHandlers). */
export const impersonationHandlers = createImpersonationHandlers({
  app: "web",
  auth: () => auth(),
  resolveTenantId: (request) => requestTenantId(request),
  allScopes,
  webUrl: getEnv().WEB_URL,
});
