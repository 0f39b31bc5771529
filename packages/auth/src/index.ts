export { sessionClaims, readSessionClaims, isSessionCurrent, type SessionClaims, type SessionSubject } from "./session-token";
export { authSecrets, AuthSecretError, DEVELOPMENT_AUTH_SECRET } from "./auth-secrets";
export { SESSION_MAX_AGE_SECONDS, SESSION_UPDATE_AGE_SECONDS } from "./session-config";
