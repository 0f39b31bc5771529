// Shared Next.js config of apps/web and apps/admin (plain JS: next.config.ts imports it as is).
import { fileURLToPath } from "node:url";
import { securityHeaders } from "./security-headers.js";

export { contentSecurityPolicy, createNonce, pageSecurityPolicy, securityHeaders } from "./security-headers.js";

// The monorepo root: Turbopack must compile plugin slot files under /plugins, which the
// generated slot registry imports by relative path.
const monorepoRoot = fileURLToPath(new URL("../..", import.meta.url));

/**
 * @param {Record<string, string | undefined>} [env]
 * @returns {import("next").NextConfig}
 */
export function createNextConfig(env = process.env) {
  return {
    transpilePackages: [
      "@tillbox/ui",
      "@tillbox/plugin-sdk",
      "@tillbox/api",
      "@tillbox/trpc",
      "@tillbox/core",
      "@tillbox/db",
      "@tillbox/events",
      "@tillbox/config",
      "@tillbox/email",
      "@tillbox/rate-limit",
      "@tillbox/auth",
      "@tillbox/invoice-pdf",
    ],
    // Native/wasm database drivers must load from node_modules at runtime, not be bundled.
    serverExternalPackages: ["pg", "@electric-sql/pglite", "@prisma/adapter-pg", "@prisma/client", "@prisma/client-runtime-utils", "inngest"],
    // The first-visit benchmark builds into its own folder, so it starts cold without touching
    // the Turbopack cache a developer's `pnpm dev` keeps in .next.
    distDir: env.TILLBOX_NEXT_DIST_DIR || ".next",
    typedRoutes: false,
    turbopack: { root: monorepoRoot },
    outputFileTracingRoot: monorepoRoot,
    devIndicators: false,
    // Next's own "X-Powered-By: Next.js" only helps fingerprinting.
    poweredByHeader: false,
    async headers() {
      return [{ source: "/:path*", headers: securityHeaders(env) }];
    },
  };
}
