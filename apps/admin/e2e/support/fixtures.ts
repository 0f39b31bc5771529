import { createHash } from "node:crypto";
import { test as base, type APIRequestContext, type BrowserContext, type Page } from "@playwright/test";
import { ADMIN_URL, ownerStatePath } from "./env";

/** Both apps trust X-Forwarded-For (as behind a reverse proxy), so each test can be its own client. */
function clientAddressFor(testId: string): string {
  const [a = 0, b = 0, c = 0] = createHash("sha256").update(testId).digest();
  return `10.${a}.${b}.${Math.max(1, c)}`;
}

export interface Fixtures {
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

  ownerContext: async ({ browser, clientIp }, use) => {
    const context = await browser.newContext({ storageState: ownerStatePath, baseURL: ADMIN_URL, extraHTTPHeaders: { "x-forwarded-for": clientIp } });
    await use(context);
    await context.close();
  },
  ownerPage: async ({ ownerContext }, use) => use(await ownerContext.newPage()),
  ownerRequest: async ({ playwright, clientIp }, use) => {
    const request = await playwright.request.newContext({ storageState: ownerStatePath, baseURL: ADMIN_URL, extraHTTPHeaders: { "x-forwarded-for": clientIp } });
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
