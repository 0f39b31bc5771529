import { expect, type APIRequestContext } from "@playwright/test";
import { trpcData } from "./trpc";

interface MailSummary {
  id: string;
  to: string;
  subject: string;
  template: string;
}

/** The emailed link to `path` (e.g. "/auth/verify"), token included. */
export function linkIn(body: string, path: string): string {
  const escaped = path.replace(/[/]/g, "\\/");
  const match = new RegExp(`https?://[^\\s"'<>]+${escaped}\\?token=[A-Za-z0-9_%.~-]+`).exec(body);
  if (!match) throw new Error(`No ${path}?token=… link in the mail:\n${body}`);
  return match[0];
}

/**
 * Waits for the newest dev-mailbox message to `to` with `template` and returns it, read through
 * the back-office's mail API as the owner. Mails are sent after the transaction commits, so poll.
 */
export async function waitForMail(ownerRequest: APIRequestContext, to: string, template: string) {
  let found: MailSummary | undefined;
  await expect
    .poll(
      async () => {
        const messages = await trpcData<MailSummary[]>(ownerRequest, "mail.list", { to, limit: 20 });
        found = messages.find((message) => message.template === template);
        return found?.id;
      },
      { message: `a "${template}" mail to ${to} in the dev mailbox`, timeout: 20_000 },
    )
    .toBeTruthy();
  return trpcData<MailSummary & { text: string; html: string }>(ownerRequest, "mail.get", { id: found!.id });
}

/** Every message of `template` to `to`, newest first (to check that a second mail was sent). */
export async function countMails(ownerRequest: APIRequestContext, to: string, template: string): Promise<number> {
  const messages = await trpcData<MailSummary[]>(ownerRequest, "mail.list", { to, limit: 50 });
  return messages.filter((message) => message.template === template).length;
}
