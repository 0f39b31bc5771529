import { defineConfig } from "vitest/config";

export default defineConfig({
  test: {
    include: ["packages/**/*.test.ts", "plugins/**/*.test.ts", "apps/**/*.test.ts"],
    exclude: ["**/node_modules/**", "**/e2e/**", "**/fixtures/**"],
    testTimeout: 30_000,
    hookTimeout: 60_000,
    pool: "forks",
  },
});
