/** The two Next.js apps; each has its own Auth.js cookies. */
export type AuthApp = "web" | "admin";

/**
 * Both apps run on localhost in development (ports 3000/3001) and browsers share cookies across
 * ports, so each app's cookies carry the app name: signing into the back-office must not replace
 * the portal session. Auth.js also salts the JWT encryption with the session cookie name, so a
 * web token can't be replayed as an admin token. `__Secure-` (https only) in production.
 */
export function authCookieNames(app: AuthApp, secure: boolean) {
  const prefix = `${secure ? "__Secure-" : ""}tillbox.${app}`;
  return {
    sessionToken: `${prefix}.session`,
    callbackUrl: `${prefix}.callback-url`,
    csrfToken: `${prefix}.csrf`,
    pkceCodeVerifier: `${prefix}.pkce`,
    state: `${prefix}.state`,
    nonce: `${prefix}.nonce`,
    webauthnChallenge: `${prefix}.webauthn`,
  };
}

/**
 * Secure (`__Secure-` named, https only) cookies in production, unless the app is served over plain
 * http (local `next start`, E2E): browsers drop Secure cookies set over http.
 */
export function secureAuthCookies(app: AuthApp, env: Record<string, string | undefined> = process.env): boolean {
  const appUrl = (app === "web" ? env.WEB_URL : env.ADMIN_URL) ?? "";
  return env.NODE_ENV === "production" && !appUrl.startsWith("http://");
}

export function authCookies(app: AuthApp, secure: boolean) {
  const options = { httpOnly: true, sameSite: "lax" as const, path: "/", secure };
  return Object.fromEntries(Object.entries(authCookieNames(app, secure)).map(([key, name]) => [key, { name, options }])) as Record<
    keyof ReturnType<typeof authCookieNames>,
    { name: string; options: typeof options }
  >;
}
