export { createRateLimiter, type RateLimiter, type RateLimiterOptions, type RateLimitResult } from "./limiter";
export { actionPolicies, defaultPolicies, policyNames, type Policy, type PolicyName, type RateLimitedAction } from "./policies";
export { rateLimitResponse, RateLimitedError } from "./errors";
export { clientIp } from "./client-ip";
export { PEER_ADDRESS_HEADER } from "./peer-address";
export { getRateLimiter, setRateLimiter } from "./shared";
