import { randomUUID } from "node:crypto";
import { connect } from "node:net";
import { createRateLimiter, type RateLimiter, type RateLimiterOptions } from "./limiter";

/** REDIS_URL when set, else the local default of the dev setup. */
export const redisTestUrl = process.env.REDIS_URL ?? "redis://127.0.0.1:6379";

/**
 * Whether the Redis cases can run: the server answers, or REDIS_URL is set (then a dead server
 * fails the tests loudly instead of skipping them). A fresh clone without Redis skips them.
 */
export async function redisTestAvailable(url = redisTestUrl): Promise<boolean> {
  if (process.env.REDIS_URL) return true;
  const { hostname, port } = new URL(url);
  return new Promise((resolve) => {
    const socket = connect({ host: hostname, port: Number(port || 6379), timeout: 500 });
    socket.once("connect", () => (socket.destroy(), resolve(true)));
    socket.once("error", () => resolve(false));
    socket.once("timeout", () => (socket.destroy(), resolve(false)));
  });
}

export type TestStore = "memory" | "redis";

/**
 * A connected limiter on `store` with its own key namespace, so test runs never share counters.
 * Waits for Redis: before that the limiter would quietly count in memory and prove nothing.
 */
export async function testRateLimiter(store: TestStore, options: Omit<RateLimiterOptions, "redisUrl" | "keyPrefix"> = {}): Promise<RateLimiter> {
  const limiter = createRateLimiter({ ...options, keyPrefix: `tillbox-test:${randomUUID()}`, redisUrl: store === "redis" ? redisTestUrl : undefined });
  await limiter.ready();
  return limiter;
}
