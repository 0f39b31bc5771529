// Accounts & credentials (issue 3): domain services, no HTTP. Each takes an AccountsContext
// ({ db, mailer, webUrl }) and an explicit tenantId; state change + event + audit share one transaction.
export { type AccountsContext, authPaths, normaliseEmail } from "./context";
export { hashPassword, verifyPassword, needsRehash, passwordHashOptions } from "./password";
export { checkPassword, assertPasswordPolicy, PASSWORD_MIN_LENGTH, PASSWORD_MAX_LENGTH, type PasswordProblem } from "./password-policy";
export { hashToken, tokenLifetimeMs, type TokenPurpose } from "./tokens";
export { signUp, verifyEmail, resendVerification, accepted, type Accepted, type SignUpInput } from "./sign-up";
export { authenticate, invalidCredentials, type AuthenticateInput } from "./authenticate";
export { LOCKOUT_THRESHOLD, LOCKOUT_WINDOW_MS, LOCKOUT_DURATION_MS } from "./lockout";
export { requestPasswordReset, resetPassword, changePassword, signOutEverywhere } from "./passwords";
export { requestEmailChange, confirmEmailChange } from "./email-change";
export { requestMagicLink, consumeMagicLink } from "./magic-link";
export {
  getProfile,
  updateProfile,
  profileSchema,
  profileUpdateSchema,
  billingAddressSchema,
  type Profile,
  type ProfileUpdate,
  type ProfileEditOrigin,
} from "./profile";
export { deleteAccount, deletedEmail } from "./delete-account";
export { loadSessionUser, type SessionUser } from "./session-user";
export { createAccountsService, type AccountsService } from "./accounts-service";
