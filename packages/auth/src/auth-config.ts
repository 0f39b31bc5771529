import type { NextAuthConfig } from "next-auth";
import { getDb } from "@tillbox/db";
import { authCookies, secureAuthCookies, type AuthApp } from "./app-cookies";
import { authSecrets } from "./auth-secrets";
import { jwtCallback, sessionCallback } from "./callbacks";
import { githubVerifiedEmail, linkOAuthUser } from "./oauth-link";
import { authProviders, type ProviderOptions } from "./providers";
import { SESSION_MAX_AGE_SECONDS, SESSION_UPDATE_AGE_SECONDS } from "./session-config";
import type { SessionClaims } from "./session-token";

declare module "next-auth" {
  interface Session {
    /** Null when the token is missing, malformed or no longer current: treat as signed out. */
    claims: SessionClaims | null;
  }
  interface User {
    tenantId?: string;
    sessionVersion?: number;
    roles?: string[];
  }
}

export interface CreateAuthOptions extends ProviderOptions {
  app: AuthApp;
  /** Every known scope (core + installed plugins): new OAuth users get the built-in roles created from it. */
  allScopes: () => readonly string[];
}

/** Where each app's sign-in page lives (Auth.js redirects there, with `?code=` on failure). */
const signInPage = { web: "/auth/sign-in", admin: "/sign-in" } as const;

/** The Auth.js config of one app; a separate file so tests and tools can inspect it without loading Next. */
export function authConfig(options: CreateAuthOptions, request?: Request): NextAuthConfig {
  const env = options.env ?? process.env;
  const secure = secureAuthCookies(options.app, env);
  return {
    secret: authSecrets(env),
    // Behind a reverse proxy the Host header is the public one; AUTH_TRUST_HOST=true opts in (Auth.js reads it too).
    trustHost: env.AUTH_TRUST_HOST === "true" || env.NODE_ENV !== "production",
    session: { strategy: "jwt", maxAge: SESSION_MAX_AGE_SECONDS, updateAge: SESSION_UPDATE_AGE_SECONDS },
    jwt: { maxAge: SESSION_MAX_AGE_SECONDS },
    cookies: authCookies(options.app, secure),
    useSecureCookies: secure,
    pages: { signIn: signInPage[options.app], error: signInPage[options.app] },
    providers: authProviders(options),
    callbacks: {
      async signIn({ user, account }) {
        if (account?.type !== "oauth" && account?.type !== "oidc") return true;
        // OAuth: link by the provider's verified email in the request's tenant; the SessionUser replaces the profile.
        const email = account.access_token ? await githubVerifiedEmail(account.access_token) : null;
        if (!email || !request) return false;
        const tenantId = await options.resolveTenantId(request);
        const linked = await linkOAuthUser(getDb(), { tenantId, email, name: user.name, provider: account.provider, allScopes: options.allScopes() });
        if (!linked) return false;
        Object.assign(user, linked);
        return true;
      },
      jwt: ({ token, user, trigger, session }) => jwtCallback(getDb(), { token, user, trigger, session }, env),
      session: ({ session, token }) => sessionCallback(session, token),
    },
  };
}
