import { expect, test } from "./support/fixtures";
import { WEB_URL } from "./support/env";
import { linkIn, waitForMail } from "./support/mailbox";
import { signInToWeb, submitWebSignIn } from "./support/sign-in";
import { createVerifiedUser } from "./support/users";

test("a customer resets a forgotten password: the new one works, the old one and the used link don't", async ({
  page,
  request,
  ownerRequest,
  newAnonymousPage,
}) => {
  const customer = await createVerifiedUser(request, ownerRequest, "reset");
  const newPassword = "a brand new passphrase for e2e 2026";

  await page.goto(`${WEB_URL}/auth/sign-in`);
  await page.getByRole("link", { name: "Forgot your password?" }).click();
  await expect(page).toHaveURL(/\/auth\/forgot-password$/);
  await page.getByLabel("Email", { exact: true }).fill(customer.email);
  await page.getByRole("button", { name: "Send reset link" }).click();
  await expect(page.getByRole("status").filter({ hasText: "Check your inbox" })).toContainText(customer.email);

  const mail = await waitForMail(ownerRequest, customer.email, "reset-password");
  expect(mail.subject).toBe("Reset your password");
  const link = linkIn(mail.html, "/auth/reset-password");
  expect(link.startsWith(`${WEB_URL}/auth/reset-password?token=`)).toBe(true);

  await page.goto(link);
  await page.getByLabel("New password", { exact: true }).fill(newPassword);
  await page.getByRole("button", { name: "Set new password" }).click();
  const done = page.getByRole("status").filter({ hasText: "Your password was changed" });
  await expect(done).toBeVisible();
  await done.getByRole("link", { name: "Sign in" }).click();
  await expect(page).toHaveURL(/\/auth\/sign-in/);
  await signInToWeb(page, { email: customer.email, password: newPassword }, "/account");
  await expect(page.getByLabel("Name", { exact: true })).toHaveValue(customer.name);

  // Another device: the old password is refused with the generic message, the link is spent.
  const other = await newAnonymousPage();
  await submitWebSignIn(other, customer);
  await expect(other.getByText("The email or password is incorrect.")).toBeVisible();
  await expect(other).toHaveURL(/\/auth\/sign-in/);
  await other.goto(link);
  await other.getByLabel("New password", { exact: true }).fill("yet another passphrase 2026");
  await other.getByRole("button", { name: "Set new password" }).click();
  await expect(other.getByRole("link", { name: "Ask for a new link" })).toBeVisible();
});
