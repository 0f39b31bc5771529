import { expect, type Page } from "@playwright/test";
import { ADMIN_URL, WEB_URL, type Login } from "./env";

async function fillAndSubmit(page: Page, login: Login) {
  await page.getByLabel("Email", { exact: true }).fill(login.email);
  await page.getByLabel("Password", { exact: true }).fill(login.password);
  await page.getByRole("button", { name: "Sign in", exact: true }).click();
}

/**
 * Submits the back-office sign-in form; the caller asserts the outcome (success or error). By field
 * name, not label: a language chosen in the portal (its cookie is shared on localhost) may have
 * turned this page German.
 */
export async function submitAdminSignIn(page: Page, login: Login, callbackPath?: string) {
  const query = callbackPath ? `?callbackUrl=${encodeURIComponent(callbackPath)}` : "";
  await page.goto(`${ADMIN_URL}/sign-in${query}`);
  const form = page.locator("form").filter({ has: page.locator('input[name="password"]') });
  await form.locator('input[name="email"]').fill(login.email);
  await form.locator('input[name="password"]').fill(login.password);
  await form.locator('button[type="submit"]').click();
}

/** Signs in to the back-office and waits until the app left the sign-in page. */
export async function signInToAdmin(page: Page, login: Login, callbackPath?: string) {
  await submitAdminSignIn(page, login, callbackPath);
  // Generous: the first sign-in compiles the Auth.js route in `next dev`.
  await expect(page).not.toHaveURL(/\/sign-in/, { timeout: 60_000 });
}

/** Submits the portal's sign-in form; the caller asserts the outcome. */
export async function submitWebSignIn(page: Page, login: Login, callbackPath?: string) {
  const query = callbackPath ? `?callbackUrl=${encodeURIComponent(callbackPath)}` : "";
  await page.goto(`${WEB_URL}/auth/sign-in${query}`);
  await fillAndSubmit(page, login);
}

export async function signInToWeb(page: Page, login: Login, callbackPath = "/account") {
  await submitWebSignIn(page, login, callbackPath);
  await expect(page).toHaveURL(new RegExp(`${callbackPath}$`), { timeout: 60_000 });
}
