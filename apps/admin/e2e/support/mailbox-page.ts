import { expect, type Page } from "@playwright/test";

/**
 * Finds a message in the back-office Mailbox (dev transport) the way an operator would, opens it
 * and returns its link to `path` (e.g. "/auth/verify"). The HTML preview is a fully sandboxed
 * iframe whose links can't navigate, so the page lists the message's links next to it.
 */
export async function openMailInMailbox(ownerPage: Page, mail: { to: string; subject: string; action: string; path: string }): Promise<string> {
  await ownerPage.goto("/mail");
  await expect(ownerPage.getByRole("heading", { level: 1, name: "Mailbox" })).toBeVisible();
  await ownerPage.getByLabel("Recipient").fill(mail.to);
  // The list polls, so a mail sent a moment ago shows up without a reload.
  const row = ownerPage.getByTestId("mail-table").getByRole("row").filter({ hasText: mail.to });
  await row.getByRole("link", { name: mail.subject }).first().click();
  // The mail's page is a dynamic route the warm-up can't reach: its first compile is a page load's time.
  await expect(ownerPage).toHaveURL(/\/mail\/[0-9a-f-]{36}$/, { timeout: 60_000 });
  await expect(ownerPage.getByText(`To ${mail.to}`)).toBeVisible();

  const listed = ownerPage.getByTestId("mail-link").filter({ hasText: `${mail.path}?token=` });
  await expect(listed).toHaveCount(1);
  const href = await listed.getAttribute("href");
  if (!href) throw new Error(`The "${mail.subject}" mail lists no ${mail.path} link`);
  // The rendered HTML carries the same link behind its call-to-action button.
  const preview = ownerPage.frameLocator(`iframe[title="HTML of ${mail.subject}"]`);
  await expect(preview.getByRole("link", { name: mail.action })).toHaveAttribute("href", href);
  return href;
}
