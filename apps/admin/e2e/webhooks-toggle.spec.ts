import type { Page } from "@playwright/test";
import { demo, ownerStatePath } from "./support/env";
import { expect, test } from "./support/fixtures";
import { pluginStatus, trpcMutation, trpcQuery } from "./support/trpc";

// Signed in as the owner (auth.setup.ts): the back-office has no anonymous or dev-admin access.
test.use({ storageState: ownerStatePath });

const sidebarLink = (page: Page) => page.getByRole("navigation", { name: "Main" }).getByRole("link", { name: "Webhooks" });

test.beforeEach(async ({ request }) => {
  // Start from the seeded state even if an earlier run left webhooks off.
  if ((await pluginStatus(request, "webhooks")) !== "enabled") await trpcMutation(request, "plugins.enable", { slug: "webhooks" });
});

test("webhooks page follows the plugin's enabled switch without a restart", async ({ page, request }) => {
  await page.goto("/");
  await expect(page.getByTestId("user-menu")).toContainText(demo.owner.email);

  // Enabled: the sidebar entry leads to the plugin's page.
  await sidebarLink(page).click();
  await expect(page).toHaveURL(/\/plugins\/webhooks$/);
  await expect(page.getByRole("heading", { level: 1, name: /webhooks/i })).toBeVisible();

  // Disable it from the Plugins page.
  await page.goto("/plugins");
  const row = page.getByTestId("plugin-row-webhooks");
  // Disabling asks first; backing out leaves it enabled.
  const confirmation = page.getByRole("alertdialog", { name: /^Disable .+\?$/ });
  await row.getByRole("button", { name: "Disable" }).click();
  await confirmation.getByRole("button", { name: "Cancel" }).click();
  await expect(confirmation).toBeHidden();
  await expect(row.getByTestId("plugin-status")).toHaveText("enabled");
  await row.getByRole("button", { name: "Disable" }).click();
  await confirmation.getByRole("button", { name: "Disable" }).click();
  await expect(row.getByTestId("plugin-status")).toHaveText("disabled");
  await expect(page.locator("[data-sonner-toast]").filter({ hasText: /disabled\.$/ })).toBeVisible();
  await expect(row.getByRole("button", { name: "Enable" })).toBeVisible();

  // The sidebar entry is gone on this very page (server layout refreshed) and after navigation.
  await expect(sidebarLink(page)).toHaveCount(0);
  const disabledPage = await page.goto("/plugins/webhooks");
  expect(disabledPage?.status()).toBe(404);
  await expect(page.getByText("Page not found")).toBeVisible();
  await expect(sidebarLink(page)).toHaveCount(0);

  // Its procedures refuse with a clear, typed error instead of a 500.
  const refused = await trpcQuery(request, "webhooks.endpoints.list");
  expect(refused.status()).toBe(412);
  const body = (await refused.json()) as { error: { json: { message: string; data: { code: string; domainCode?: string; stack?: string | null } } } };
  expect(body.error.json.message).toBe('Plugin "webhooks" is disabled.');
  expect(body.error.json.data).toMatchObject({ code: "PRECONDITION_FAILED", domainCode: "PLUGIN_DISABLED" });
  expect(body.error.json.data.stack ?? null).toBeNull();

  // Re-enable: everything comes back, still without a restart.
  await page.goto("/plugins");
  await row.getByRole("button", { name: "Enable" }).click();
  await expect(row.getByTestId("plugin-status")).toHaveText("enabled");
  await expect(sidebarLink(page)).toBeVisible();
  const enabledPage = await page.goto("/plugins/webhooks");
  expect(enabledPage?.status()).toBe(200);
  await expect(page.getByRole("heading", { level: 1, name: /webhooks/i })).toBeVisible();
  expect((await trpcQuery(request, "webhooks.endpoints.list")).status()).toBe(200);
});
