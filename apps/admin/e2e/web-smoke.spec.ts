import { expect, test } from "@playwright/test";

const WEB_URL = process.env.WEB_URL ?? "http://localhost:3000";

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
  await page.getByRole("link", { name: "Account" }).first().click();
  await expect(page.getByRole("heading", { level: 1, name: "Your account" })).toBeVisible();
});

test("admin /api/health answers JSON with plugin states", async ({ request }) => {
  const response = await request.get("/api/health");
  expect(response.headers()["content-type"]).toContain("application/json");
  const body = (await response.json()) as { ok: boolean; migrations: unknown; plugins: unknown[] };
  expect(body.ok).toBe(true);
  expect(body.migrations).toBeTruthy();
  expect(body.plugins.length).toBeGreaterThan(0);
});
