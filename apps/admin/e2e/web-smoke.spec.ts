import { WEB_URL } from "./support/env";
import { expect, test } from "./support/fixtures";

test("web home renders and /api/health reports a healthy stack", async ({ page, request }) => {
  const health = await request.get(`${WEB_URL}/api/health`, { timeout: 120_000 });
  expect(health.status()).toBe(200);
  const body = (await health.json()) as { ok: boolean; database: { reachable: boolean }; plugins: { slug: string; status: string }[] };
  expect(body.ok).toBe(true);
  expect(body.database.reachable).toBe(true);
  expect(body.plugins.map((plugin) => plugin.slug)).toContain("webhooks");

  const response = await page.goto(`${WEB_URL}/`);
  expect(response?.status()).toBe(200);
  await expect(page.getByRole("heading", { level: 1 })).toContainText("Sell your digital product");
  // Signed out: the header offers sign-in, and the account page sends visitors there first.
  await page.getByRole("navigation", { name: "Main" }).getByRole("link", { name: "Sign in" }).click();
  await expect(page).toHaveURL(`${WEB_URL}/auth/sign-in`);
  const account = await page.goto(`${WEB_URL}/account`);
  expect(account?.status()).toBe(200);
  await expect(page).toHaveURL(`${WEB_URL}/auth/sign-in?callbackUrl=%2Faccount`);
});

test("the back-office sends signed-out visitors to its sign-in page", async ({ page }) => {
  await page.goto("/plugins");
  await expect(page).toHaveURL(/\/sign-in/);
  await expect(page.getByLabel("Email", { exact: true })).toBeVisible();
  // Its API refuses anonymous callers instead of acting as anybody.
  const refused = await page.request.get("/api/trpc/plugins.list");
  expect([401, 403]).toContain(refused.status());
});

test("admin /api/health answers JSON with plugin states", async ({ request }) => {
  const response = await request.get("/api/health");
  expect(response.headers()["content-type"]).toContain("application/json");
  const body = (await response.json()) as { ok: boolean; migrations: unknown; plugins: unknown[] };
  expect(body.ok).toBe(true);
  expect(body.migrations).toBeTruthy();
  expect(body.plugins.length).toBeGreaterThan(0);
});
