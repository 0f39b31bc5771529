export { createRateLimiter, type RateLimiter, type RateLimiterOptions, type RateLimitResult } from "./limiter";
export { actionPolicies, defaultPolicies, policyNames, type Policy, type PolicyName, type RateLimitedAction } from "./policies";
export { clientIp, rateLimitResponse, RateLimitedError } from "./errors";
export { getRateLimiter, setRateLimiter } from "./shared";
