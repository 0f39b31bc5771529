import { join } from "node:path";

/** The two apps as the dev orchestrator serves them (see playwright.config.ts webServer). */
export const WEB_URL = process.env.WEB_URL ?? "http://localhost:3000";
export const ADMIN_URL = process.env.ADMIN_URL ?? "http://localhost:3001";

export interface Login {
  email: string;
  password: string;
}

/** Seeded by `pnpm db:seed` (the dev orchestrator seeds), documented in the README's "Demo logins". */
export const demo = {
  owner: { email: "owner@tillbox.dev", password: "tillbox-owner-demo-2026" },
  support: { email: "support@tillbox.dev", password: "tillbox-support-demo-2026" },
  customer: { email: "customer@tillbox.dev", password: "tillbox-customer-demo-2026" },
} satisfies Record<string, Login>;

/**
 * The owner's signed-in back-office state, written once per run by auth.setup.ts. Outside
 * apps/admin for the same reason as outputDir: files written there trip the dev server's watcher.
 */
export const ownerStatePath = join(import.meta.dirname, "../../../../test-results/e2e-auth/owner.json");

/** A fresh address per call: the database lives for a whole run and addresses are unique per tenant. */
export function uniqueEmail(label: string): string {
  return `${label}-${Date.now().toString(36)}-${Math.random().toString(36).slice(2, 8)}@example.test`;
}
