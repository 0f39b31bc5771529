import { defineConfig } from "vitest/config";

export default defineConfig({
  test: {
    include: ["packages/**/*.test.ts", "plugins/**/*.test.ts", "apps/**/*.test.ts"],
    exclude: ["**/node_modules/**", "**/e2e/**", "**/fixtures/**"],
    testTimeout: 30_000,
    hookTimeout: 60_000,
    pool: "forks",
    // The apps' proxies load next-auth, whose ESM imports "next/server" without an extension:
    // Vite resolves it, Node's loader doesn't.
    server: { deps: { inline: ["next-auth"] } },
  },
});
