import { expect, type Page } from "@playwright/test";

/** Users page → search by email → the user's detail page. */
export async function openUserDetail(ownerPage: Page, email: string) {
  await ownerPage.goto("/users");
  await expect(ownerPage.getByRole("heading", { level: 1, name: "Users" })).toBeVisible();
  await ownerPage.getByLabel("Search").fill(email);
  // The search is debounced into the URL; a click before that lands would be undone by it.
  await expect(ownerPage).toHaveURL(new RegExp(`search=${encodeURIComponent(email).replace(/[.]/g, "\\.")}`));
  const row = ownerPage.getByTestId(`user-row-${email}`);
  await row.getByRole("link").first().click();
  // A client navigation changes the URL once the page's payload arrives; on the first visit
  // `next dev` compiles the detail route (no warm-up can: it needs an id), as long as a page load.
  await expect(ownerPage).toHaveURL(/\/users\/[0-9a-f-]{36}$/, { timeout: 60_000 });
  await expect(ownerPage.getByText(email).first()).toBeVisible();
}

/** Ticks or unticks one role on the open user detail page and saves. */
export async function setRole(ownerPage: Page, roleName: string, granted: boolean) {
  const roles = ownerPage.getByRole("group", { name: "Roles" });
  await roles.getByRole("checkbox", { name: roleName, exact: true }).setChecked(granted);
  const save = ownerPage.getByRole("button", { name: "Save roles" });
  await save.click();
  // Saved: the form is clean again (the button is only enabled while there are unsaved changes).
  await expect(save).toBeDisabled();
  await expect(roles.getByRole("checkbox", { name: roleName, exact: true })).toBeChecked({ checked: granted });
}
