import { redisTestAvailable, testRateLimiter } from "../src/testing";

export { redisTestUrl as redisUrl } from "../src/testing";

export const redisAvailable = await redisTestAvailable();

export type StoreName = "memory" | "redis";
export const stores: StoreName[] = ["memory", "redis"];
export const limiterOn = testRateLimiter;
