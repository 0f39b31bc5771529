import { expect, test } from "./support/fixtures";
import { uniqueEmail, WEB_URL } from "./support/env";
import { openMailInMailbox } from "./support/mailbox-page";
import { signInToWeb, submitWebSignIn } from "./support/sign-in";

test("a new customer signs up, confirms the address from the dev mailbox and signs in", async ({ page, ownerPage }) => {
  const customer = { name: "Ada Signup", email: uniqueEmail("signup"), password: "correct horse battery staple 42" };

  await page.goto(`${WEB_URL}/auth/sign-up`);
  await page.getByLabel("Name", { exact: true }).fill(customer.name);
  await page.getByLabel("Email", { exact: true }).fill(customer.email);
  await page.getByLabel("Password", { exact: true }).fill(customer.password);
  await page.getByRole("button", { name: "Create account" }).click();
  const sent = page.getByRole("status").filter({ hasText: "Check your inbox" });
  await expect(sent).toContainText(customer.email);
  await expect(sent.getByRole("link", { name: "Mailbox page" })).toHaveAttribute("href", /\/mail$/);

  // Not yet confirmed: the correct password is refused with a hint instead of a session.
  await submitWebSignIn(page, customer);
  await expect(page.getByText("Please confirm your email address first")).toBeVisible();
  await expect(page).toHaveURL(/\/auth\/sign-in/);

  // The owner finds the mail in the back-office Mailbox and the customer follows its link.
  const link = await openMailInMailbox(ownerPage, {
    to: customer.email,
    subject: "Confirm your email address",
    action: "Confirm email address",
    path: "/auth/verify",
  });
  expect(link).toMatch(new RegExp(`^${WEB_URL}/auth/verify\\?token=`));
  await page.goto(link);
  await expect(page.getByText("Your email address is confirmed")).toBeVisible();

  // A confirmation link works once.
  const again = await page.context().newPage();
  await again.goto(link);
  await expect(again.getByText("We could not confirm your email address")).toBeVisible();
  await again.close();

  await page.getByRole("link", { name: "Sign in" }).last().click();
  await expect(page).toHaveURL(/\/auth\/sign-in/);
  await signInToWeb(page, customer, "/account");
  await expect(page.getByLabel("Name", { exact: true })).toHaveValue(customer.name);
  await expect(page.getByText(customer.email).first()).toBeVisible();
});
