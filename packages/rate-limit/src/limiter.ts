import { Redis } from "ioredis";
import { RateLimiterMemory, RateLimiterRedis, RateLimiterRes, type RateLimiterAbstract } from "rate-limiter-flexible";
import { RateLimitedError } from "./errors";
import { actionPolicies, defaultPolicies, policyNames, type Policy, type PolicyName, type RateLimitedAction } from "./policies";

export type RateLimitResult = { allowed: true } | { allowed: false; retryAfterSeconds: number };

export interface RateLimiterOptions {
  /** Redis shared by every process; without it counters live in this process's memory. */
  redisUrl?: string;
  /** Namespace of the Redis keys (tests use a unique one per run). */
  keyPrefix?: string;
  policies?: Partial<Record<PolicyName, Policy>>;
}

export interface RateLimiter {
  readonly store: "memory" | "redis";
  /** Counts one attempt for `key` (an IP or an email) against `policy`. */
  consume(policy: PolicyName, key: string): Promise<RateLimitResult>;
  /** Gives back `points` attempts, e.g. after a successful sign-in. */
  reward(policy: PolicyName, key: string, points?: number): Promise<void>;
  /** Forgets every attempt of `key`. */
  reset(policy: PolicyName, key: string): Promise<void>;
  /** One attempt at a flow: per IP first, then per account; refused by whichever is exhausted. */
  limit(action: RateLimitedAction, subject: { ip: string; account?: string }): Promise<RateLimitResult>;
  /** `limit`, throwing RateLimitedError (HTTP 429) when refused. */
  enforce(action: RateLimitedAction, subject: { ip: string; account?: string }): Promise<void>;
  /** Resolves once Redis is connected (at once for memory); until then this process counts in memory. */
  ready(timeoutMs?: number): Promise<void>;
  close(): Promise<void>;
}

// Accounts are email addresses: "Alice@Example.com " and "alice@example.com" are one account.
const normalize = (policy: PolicyName, key: string) => (policy.endsWith("PerIp") || policy === "api" ? key.trim() || "unknown" : key.trim().toLowerCase());

export function createRateLimiter(options: RateLimiterOptions = {}): RateLimiter {
  const policies = { ...defaultPolicies, ...options.policies };
  const prefix = options.keyPrefix ?? "tillbox:rl";
  const redis = options.redisUrl ? connectRedis(options.redisUrl) : undefined;

  const limiters = Object.fromEntries(
    policyNames.map((name) => {
      const { points, durationSeconds: duration } = policies[name];
      const keyPrefix = `${prefix}:${name}`;
      // If Redis is unreachable, this process keeps limiting from memory instead of failing open.
      const memory = new RateLimiterMemory({ points, duration, keyPrefix });
      const limiter: RateLimiterAbstract = redis ? new RateLimiterRedis({ storeClient: redis, points, duration, keyPrefix, insuranceLimiter: memory }) : memory;
      return [name, limiter];
    }),
  ) as Record<PolicyName, RateLimiterAbstract>;

  async function consume(policy: PolicyName, key: string): Promise<RateLimitResult> {
    if (policies[policy].points === 0) return { allowed: true };
    try {
      await limiters[policy].consume(normalize(policy, key));
      return { allowed: true };
    } catch (error) {
      if (!(error instanceof RateLimiterRes)) throw error;
      return { allowed: false, retryAfterSeconds: Math.max(1, Math.ceil(error.msBeforeNext / 1000)) };
    }
  }

  async function limit(action: RateLimitedAction, subject: { ip: string; account?: string }): Promise<RateLimitResult> {
    const { ip, account } = actionPolicies[action];
    const byIp = await consume(ip, subject.ip);
    // A refused client spends nothing of the account's budget, so it cannot lock the owner out faster.
    if (!byIp.allowed || !account || !subject.account?.trim()) return byIp;
    return consume(account, subject.account);
  }

  return {
    store: redis ? "redis" : "memory",
    consume,
    limit,
    async enforce(action, subject) {
      const result = await limit(action, subject);
      if (!result.allowed) throw new RateLimitedError(result.retryAfterSeconds);
    },
    async reward(policy, key, points = 1) {
      if (policies[policy].points > 0) await limiters[policy].reward(normalize(policy, key), points);
    },
    async reset(policy, key) {
      await limiters[policy].delete(normalize(policy, key));
    },
    ready: (timeoutMs = 5000) => (redis ? whenReady(redis, options.redisUrl!, timeoutMs) : Promise.resolve()),
    async close() {
      await redis?.quit().catch(() => redis.disconnect());
    },
  };
}

function connectRedis(url: string): Redis {
  // No offline queue: while Redis is (re)connecting a command fails at once and the in-memory
  // insurance limiter answers, so an outage never adds latency to requests.
  const client = new Redis(url, {
    enableOfflineQueue: false,
    maxRetriesPerRequest: 1,
    connectTimeout: 2000,
    retryStrategy: (times) => Math.min(times * 200, 2000),
  });
  client.on("error", (error: Error) => console.error(`Rate-limit Redis (${redactUrl(url)}): ${error.message}`));
  return client;
}

function whenReady(client: Redis, url: string, timeoutMs: number): Promise<void> {
  if (client.status === "ready") return Promise.resolve();
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`REDIS_URL ${redactUrl(url)} did not connect within ${timeoutMs} ms.`)), timeoutMs);
    client.once("ready", () => (clearTimeout(timer), resolve()));
  });
}

function redactUrl(url: string): string {
  return url.replace(/\/\/[^@/]*@/, "//***@");
}
