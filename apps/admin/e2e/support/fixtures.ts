import { createHash } from "node:crypto";
import { existsSync, statSync } from "node:fs";
import { test as base, type APIRequestContext, type BrowserContext, type Page, type PlaywrightWorkerArgs } from "@playwright/test";
import { ADMIN_URL, ownerStatePath } from "./env";

/**
 * The apps run as behind one reverse proxy (TILLBOX_TRUSTED_PROXY_HOPS=1 in playwright.config.ts),
 * so the X-Forwarded-For sent here is the client address and each test can be its own client.
 */
function clientAddressFor(testId: string): string {
  const [a = 0, b = 0, c = 0] = createHash("sha256").update(testId).digest();
  return `10.${a}.${b}.${Math.max(1, c)}`;
}

/** Refresh well inside SESSION_MAX_AGE_SECONDS (15 min), which a whole run outlasts. */
const OWNER_STATE_REFRESH_MS = 4 * 60_000;

/**
 * The owner's session was saved once by owner.setup.ts, but a back-office session ends 15 minutes
 * after its cookie was last issued. Asking Auth.js for the session re-issues the cookie, so the
 * saved state is renewed whenever it is a few minutes old, before a test opens it.
 */
async function refreshOwnerState(playwright: PlaywrightWorkerArgs["playwright"]): Promise<void> {
  // Not written yet: owner.setup.ts is signing in.
  if (!existsSync(ownerStatePath) || Date.now() - statSync(ownerStatePath).mtimeMs < OWNER_STATE_REFRESH_MS) return;
  const request = await playwright.request.newContext({ storageState: ownerStatePath, baseURL: ADMIN_URL });
  try {
    const session = (await (await request.get("/api/auth/session")).json()) as { user?: unknown } | null;
    if (!session?.user) throw new Error("The owner's saved back-office session has ended; owner.setup.ts signs in once per run.");
    await request.storageState({ path: ownerStatePath });
  } finally {
    await request.dispose();
  }
}

export interface Fixtures {
  /** Renews the owner's saved session when it is a few minutes old (see refreshOwnerState). */
  freshOwnerState: void;
  /** This test's client address: sign-in, sign-up and reset limits count per IP and must not leak between tests. */
  clientIp: string;
  /** A second browser window in which the owner is signed in to the back-office. */
  ownerContext: BrowserContext;
  ownerPage: Page;
  /** tRPC/HTTP calls as the signed-in owner (admin base URL). */
  ownerRequest: APIRequestContext;
  /** Opens a fresh, signed-out browser window (a second person, or the same person on another device). */
  newAnonymousPage: () => Promise<Page>;
}

export const test = base.extend<Fixtures>({
  // eslint-disable-next-line no-empty-pattern -- Playwright reads a fixture's dependencies from this pattern.
  clientIp: async ({}, use, testInfo) => use(clientAddressFor(testInfo.testId)),
  extraHTTPHeaders: async ({ extraHTTPHeaders, clientIp }, use) => use({ ...extraHTTPHeaders, "x-forwarded-for": clientIp }),

  // Auto: set up before the test's own fixtures, so `page` under test.use({ storageState:
  // ownerStatePath }) opens the renewed session too.
  freshOwnerState: [
    async ({ playwright }, use, testInfo) => {
      // The setup signs the owner in afresh; a file left by an earlier run (another database) is not to be renewed.
      if (testInfo.project.name !== "setup") await refreshOwnerState(playwright);
      await use();
    },
    { auto: true },
  ],

  ownerContext: async ({ browser, clientIp }, use) => {
    const context = await browser.newContext({ storageState: ownerStatePath, baseURL: ADMIN_URL, extraHTTPHeaders: { "x-forwarded-for": clientIp } });
    await use(context);
    await context.close();
  },
  ownerPage: async ({ ownerContext }, use) => use(await ownerContext.newPage()),
  ownerRequest: async ({ playwright, clientIp }, use) => {
    const request = await playwright.request.newContext({
      storageState: ownerStatePath,
      baseURL: ADMIN_URL,
      extraHTTPHeaders: { "x-forwarded-for": clientIp },
    });
    await use(request);
    await request.dispose();
  },
  newAnonymousPage: async ({ browser, clientIp }, use) => {
    const contexts: BrowserContext[] = [];
    await use(async () => {
      // Explicitly empty: new contexts otherwise inherit the project's storageState.
      const context = await browser.newContext({ storageState: { cookies: [], origins: [] }, extraHTTPHeaders: { "x-forwarded-for": clientIp } });
      contexts.push(context);
      return context.newPage();
    });
    await Promise.all(contexts.map((context) => context.close()));
  },
});

export { expect } from "@playwright/test";
