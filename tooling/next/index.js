// Shared Next.js config of apps/web and apps/admin (plain JS: next.config.ts imports it as is).
import { fileURLToPath } from "node:url";

// The monorepo root: Turbopack must compile plugin slot files under /plugins, which the
// generated slot registry imports by relative path.
const monorepoRoot = fileURLToPath(new URL("../..", import.meta.url));

/** @returns {import("next").NextConfig} */
export function createNextConfig() {
  return {
    transpilePackages: ["@tillbox/ui", "@tillbox/plugin-sdk", "@tillbox/api", "@tillbox/trpc", "@tillbox/core", "@tillbox/db", "@tillbox/events", "@tillbox/config", "@tillbox/email", "@tillbox/rate-limit"],
    // Native/wasm database drivers must load from node_modules at runtime, not be bundled.
    serverExternalPackages: ["pg", "@electric-sql/pglite", "@prisma/adapter-pg", "@prisma/client", "@prisma/client-runtime-utils", "inngest"],
    typedRoutes: false,
    turbopack: { root: monorepoRoot },
    outputFileTracingRoot: monorepoRoot,
    devIndicators: false,
  };
}
