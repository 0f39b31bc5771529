/** How many attempts `points` a key may make per `durationSeconds`; 0 points turns the policy off. */
export interface Policy {
  points: number;
  durationSeconds: number;
}

/**
 * Defaults sized for people, not scripts: eleven wrong passwords in a minute from one IP, or
 * against one account within 15 minutes, are refused. Per-account limits stop a distributed
 * guesser; per-IP limits stop one client from spraying many accounts.
 */
export const defaultPolicies = {
  signInPerIp: { points: 10, durationSeconds: 60 },
  signInPerAccount: { points: 10, durationSeconds: 15 * 60 },
  signUpPerIp: { points: 10, durationSeconds: 10 * 60 },
  passwordResetPerIp: { points: 10, durationSeconds: 15 * 60 },
  passwordResetPerEmail: { points: 5, durationSeconds: 60 * 60 },
  magicLinkPerIp: { points: 10, durationSeconds: 15 * 60 },
  magicLinkPerEmail: { points: 5, durationSeconds: 15 * 60 },
  /** The general API limit; RATE_LIMIT_API_PER_MINUTE overrides its points. */
  api: { points: 600, durationSeconds: 60 },
} satisfies Record<string, Policy>;

export type PolicyName = keyof typeof defaultPolicies;

/** The guarded flows: each is limited per client IP and, where an address is given, per account. */
export const actionPolicies = {
  signIn: { ip: "signInPerIp", account: "signInPerAccount" },
  signUp: { ip: "signUpPerIp", account: undefined },
  passwordReset: { ip: "passwordResetPerIp", account: "passwordResetPerEmail" },
  magicLink: { ip: "magicLinkPerIp", account: "magicLinkPerEmail" },
} as const satisfies Record<string, { ip: PolicyName; account: PolicyName | undefined }>;

export type RateLimitedAction = keyof typeof actionPolicies;

export const policyNames = Object.keys(defaultPolicies) as PolicyName[];
