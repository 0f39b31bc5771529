import { afterEach, describe, expect, it } from "vitest";
import { getEnv } from "../src";

const saved = { WEB_URL: process.env.WEB_URL, RATE_LIMIT_API_PER_MINUTE: process.env.RATE_LIMIT_API_PER_MINUTE };
afterEach(() => {
  for (const [key, value] of Object.entries(saved)) {
    if (value === undefined) delete process.env[key];
    else process.env[key] = value;
  }
});

describe("getEnv", () => {
  it("sees a variable changed at runtime, and treats an empty one as unset", () => {
    process.env.WEB_URL = "https://shop.example.com";
    expect(getEnv().WEB_URL).toBe("https://shop.example.com");
    process.env.WEB_URL = "https://other.example.com";
    expect(getEnv().WEB_URL).toBe("https://other.example.com");
    process.env.WEB_URL = "";
    expect(getEnv().WEB_URL).toBe("http://localhost:3000");
  });

  it("names the bad variable, every time it is read while bad", () => {
    process.env.RATE_LIMIT_API_PER_MINUTE = "lots";
    expect(() => getEnv()).toThrow(/RATE_LIMIT_API_PER_MINUTE/);
    expect(() => getEnv()).toThrow(/RATE_LIMIT_API_PER_MINUTE/);
    process.env.RATE_LIMIT_API_PER_MINUTE = "5";
    expect(getEnv().RATE_LIMIT_API_PER_MINUTE).toBe(5);
  });

  it("hands out a read-only value, so one caller can't change what the next one reads", () => {
    expect(Object.isFrozen(getEnv())).toBe(true);
  });
});
