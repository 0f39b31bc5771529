// Session shapes and checks without next-auth: safe for packages/api, the CLI and tests.
export { sessionClaims, readSessionClaims, isSessionCurrent, type SessionClaims, type SessionSubject, type ImpersonationClaim } from "./session-token";
export { currentClaims, restorePrevious } from "./session-check";
export { signSessionUpdate, verifySessionUpdate, SESSION_UPDATE_TTL_SECONDS, type SessionUpdate } from "./session-update";
export { jwtCallback, sessionCallback, type SessionToken, type JwtInput } from "./callbacks";
export { authSecrets, AuthSecretError, DEVELOPMENT_AUTH_SECRET } from "./auth-secrets";
export { SESSION_MAX_AGE_SECONDS, SESSION_UPDATE_AGE_SECONDS } from "./session-config";
export { authCookieNames, authCookies, secureAuthCookies, type AuthApp } from "./app-cookies";
