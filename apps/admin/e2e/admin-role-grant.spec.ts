import type { Page } from "@playwright/test";
import { expect, test } from "./support/fixtures";
import { openUserDetail, setRole } from "./support/admin-users";
import { signInToAdmin } from "./support/sign-in";
import { trpcData } from "./support/trpc";
import { createVerifiedUser, userIdOf } from "./support/users";

const sidebarUsers = (page: Page) => page.getByRole("navigation", { name: "Main" }).getByRole("link", { name: "Users" });

test("the owner grants the Support role and the user's back-office access follows on the next request", async ({ page, request, ownerPage, ownerRequest }) => {
  const user = await createVerifiedUser(request, ownerRequest, "grant");

  // A customer may sign in, but the back-office has nothing for them.
  await signInToAdmin(page, user);
  await expect(page.getByText("No access to the back-office")).toBeVisible();
  await expect(sidebarUsers(page)).toHaveCount(0);
  expect((await page.request.get(`/api/trpc/users.list`)).status()).toBe(403);

  await openUserDetail(ownerPage, user.email);
  await setRole(ownerPage, "Support", true);

  // Same session, no new sign-in: permissions are resolved on every request.
  await page.goto("/users");
  await expect(page.getByRole("heading", { level: 1, name: "Users" })).toBeVisible();
  await expect(sidebarUsers(page)).toBeVisible();
  await expect(page.getByTestId(`user-row-${user.email}`)).toBeVisible();
  expect((await page.request.get(`/api/trpc/users.list`)).status()).toBe(200);
  // Support reads but does not manage: the role editor is read-only for them.
  await page.getByTestId(`user-row-${user.email}`).getByRole("link").first().click();
  await expect(page.getByRole("button", { name: "Save roles" })).toHaveCount(0);

  // Recorded under the owner's name.
  const userId = await userIdOf(ownerRequest, user.email);
  const audit = await trpcData<{ items: { action: string; targetId: string | null }[] }>(ownerRequest, "audit.list", { targetId: userId, limit: 20 });
  expect(audit.items.map((entry) => entry.action)).toContain("user.roles.assign");

  // Taking it away works the same way.
  await setRole(ownerPage, "Support", false);
  await page.goto("/users");
  await expect(page.getByText("No access to the back-office")).toBeVisible();
  expect((await page.request.get(`/api/trpc/users.list`)).status()).toBe(403);
});
