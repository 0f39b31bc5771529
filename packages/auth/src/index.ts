// Server-only entry (imports next-auth). Code without Next (packages/api, CLI) imports "@tillbox/auth/session".
export * from "./session";
export { createAuth, authConfig, type CreateAuthOptions } from "./create-auth";
export { authProviders, authorizePassword, authorizeMagicLink, githubEnabled, type ProviderOptions } from "./providers";
export { TillboxSignInError, signInErrorCode, signInErrorStatus, signInErrorCodes, type SignInErrorCode } from "./sign-in-errors";
export { githubVerifiedEmail, linkOAuthUser } from "./oauth-link";
export { createImpersonationHandlers, type ImpersonationHandlerOptions } from "./impersonation-routes";
export { sessionCookieHeaders } from "./session-cookie";
export { withSignInStatus } from "./sign-in-status";
