import { openUserDetail, setRole } from "./support/admin-users";
import { WEB_URL } from "./support/env";
import { expect, test } from "./support/fixtures";
import { signInToAdmin, signInToWeb } from "./support/sign-in";
import { createVerifiedUser } from "./support/users";

test("a customer switches to German: the portal's billing page and the back-office navigation follow the account", async ({
  page,
  request,
  ownerPage,
  ownerRequest,
}) => {
  // Two apps, two sign-ins and a role grant: more than one default test budget on a shared machine.
  test.setTimeout(240_000);
  const user = await createVerifiedUser(request, ownerRequest, "deutsch");
  // Support may open the back-office, so its main navigation has entries to read.
  await openUserDetail(ownerPage, user.email);
  await setRole(ownerPage, "Support", true);

  // English by default (the browser asks for en-US).
  await signInToWeb(page, user, "/account/billing");
  await expect(page.getByRole("heading", { level: 1, name: "Billing" })).toBeVisible();
  await expect(page.locator("html")).toHaveAttribute("lang", "en");

  await page.getByRole("navigation", { name: "Main" }).getByLabel("Language").selectOption("de");
  await expect(page.getByRole("heading", { level: 1, name: "Abrechnung" })).toBeVisible();
  await expect(page.locator("html")).toHaveAttribute("lang", "de");
  await expect(page.getByRole("heading", { name: "Abonnements" })).toBeVisible();
  await expect(page.getByRole("heading", { name: "Rechnungen" })).toBeVisible();
  await expect(page.getByRole("navigation", { name: "Konto" }).getByRole("link", { name: "Profil & Sicherheit" })).toBeVisible();

  // Stored on the account: the back-office reads German on its first page, without a switch there.
  await signInToAdmin(page, user);
  const nav = page.getByRole("navigation", { name: "Hauptmenü" });
  await expect(nav.getByRole("link", { name: "Übersicht" })).toBeVisible();
  await expect(nav.getByRole("link", { name: "Benutzer" })).toBeVisible();
  await expect(nav.getByRole("link", { name: "Rechnungen" })).toBeVisible();
  await expect(page.locator("html")).toHaveAttribute("lang", "de");

  // Nobody else's language changed.
  await ownerPage.goto("/");
  await expect(ownerPage.getByRole("navigation", { name: "Main" }).getByRole("link", { name: "Users" })).toBeVisible();

  // And back: the switcher in the back-office writes the same preference.
  await page.getByLabel("Sprache").selectOption("en");
  await expect(page.getByRole("navigation", { name: "Main" }).getByRole("link", { name: "Users" })).toBeVisible();
  await page.goto(`${WEB_URL}/account/billing`);
  await expect(page.getByRole("heading", { level: 1, name: "Billing" })).toBeVisible();
});

test("a signed-out visitor's choice is kept in a cookie", async ({ newAnonymousPage }) => {
  const page = await newAnonymousPage();
  await page.goto(`${WEB_URL}/pricing`);
  await page.getByRole("navigation", { name: "Main" }).getByLabel("Language").selectOption("de");
  const nav = page.getByRole("navigation", { name: "Hauptmenü" });
  await expect(nav.getByRole("link", { name: "Preise" })).toBeVisible();
  await expect(nav.getByRole("link", { name: "Anmelden" })).toBeVisible();
  await page.reload();
  await expect(page.locator("html")).toHaveAttribute("lang", "de");
});
