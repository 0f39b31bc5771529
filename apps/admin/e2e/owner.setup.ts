import type { Page } from "@playwright/test";
import { expect, test } from "./support/fixtures";
import { ADMIN_URL, demo, ownerStatePath, WEB_URL } from "./support/env";
import { signInToAdmin } from "./support/sign-in";

// Project "setup": runs once before the specs.
test.setTimeout(600_000);

/**
 * `next dev` compiles each route (server and client chunks) on its first visit, which can take
 * longer than a spec's expectations allow; visiting them here keeps the specs' timeouts meaningful.
 * The dev orchestrator's warm-up (the web server waits for it) has compiled the main pages already;
 * these visits cover the rest and load the browser-side chunks.
 */
const warmUp = {
  anonymous: [
    `${ADMIN_URL}/sign-in`,
    `${WEB_URL}/`,
    `${WEB_URL}/auth/sign-in`,
    `${WEB_URL}/auth/sign-up`,
    `${WEB_URL}/auth/forgot-password`,
    `${WEB_URL}/auth/reset-password?token=warm-up`,
    `${WEB_URL}/account`,
  ],
  owner: ["/", "/users", "/roles", "/audit", "/mail", "/plugins", "/plugins/webhooks", "/payment-issues"],
};

/** Best effort: a visit that stalls is retried once, then left to the specs to report. */
async function visit(page: Page, url: string) {
  for (let attempt = 1; attempt <= 2; attempt++) {
    try {
      await page.goto(url, { timeout: 90_000, waitUntil: "load" });
      return;
    } catch (error) {
      console.warn(`warm-up: ${url} (attempt ${attempt}): ${error instanceof Error ? error.message.split("\n")[0] : String(error)}`);
    }
  }
}

test("the owner signs in to the back-office; the apps' pages are compiled", async ({ page, request }) => {
  for (const url of [`${ADMIN_URL}/api/trpc/health`, `${WEB_URL}/api/trpc/health`]) await request.get(url, { timeout: 120_000 });
  for (const url of warmUp.anonymous) await visit(page, url);

  // The specs reuse this session instead of signing in again (which would also spend the owner's
  // per-account sign-in budget).
  await signInToAdmin(page, demo.owner);
  await expect(page.getByTestId("user-menu")).toContainText(demo.owner.email);
  await page.context().storageState({ path: ownerStatePath });

  // Not asserted: the specs check these pages; a broken one should fail its spec, not every spec.
  for (const path of warmUp.owner) await visit(page, path);
});
