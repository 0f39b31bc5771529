import type { AccountsContext } from "./context";
import { authenticate } from "./authenticate";
import { deleteAccount } from "./delete-account";
import { confirmEmailChange, requestEmailChange } from "./email-change";
import { consumeMagicLink, requestMagicLink } from "./magic-link";
import { changePassword, requestPasswordReset, resetPassword, signOutEverywhere } from "./passwords";
import { getProfile, updateProfile } from "./profile";
import { resendVerification, signUp, verifyEmail } from "./sign-up";

type Bound<F> = F extends (ctx: AccountsContext, input: infer I) => infer R ? (input: I) => R : never;

const services = {
  signUp,
  verifyEmail,
  resendVerification,
  authenticate,
  requestPasswordReset,
  resetPassword,
  changePassword,
  signOutEverywhere,
  requestEmailChange,
  confirmEmailChange,
  requestMagicLink,
  consumeMagicLink,
  getProfile,
  updateProfile,
  deleteAccount,
};

export type AccountsService = { [K in keyof typeof services]: Bound<(typeof services)[K]> };

/** The services with their context bound once, for routers and the Auth.js glue. */
export function createAccountsService(ctx: AccountsContext): AccountsService {
  const bound = Object.fromEntries(
    Object.entries(services).map(([name, service]) => [name, (input: never) => (service as (c: AccountsContext, i: never) => unknown)(ctx, input)]),
  );
  return bound as AccountsService;
}
