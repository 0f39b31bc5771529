import type { Db } from "@tillbox/db";
import type { MailTransport } from "./types";

export interface DevTransportOptions {
  db: Db;
  /** Where the one-line notice goes; the console by default. */
  log?: (line: string) => void;
}

/**
 * Development transport: nothing leaves the machine. Every message is stored for the admin's
 * dev mailbox, and its link is printed so a developer can click through sign-up from the terminal.
 */
export function createDevTransport({ db, log = console.log }: DevTransportOptions): MailTransport {
  return {
    kind: "dev",
    async deliver(mail) {
      await db.emailMessage.create({
        data: {
          tenantId: mail.tenantId,
          to: mail.to,
          subject: mail.subject,
          text: mail.text,
          html: mail.html,
          template: mail.template,
          locale: mail.locale,
        },
      });
      log(`[mail] to ${mail.to} — ${firstUrl(mail.text) ?? mail.subject}`);
    },
    async close() {},
  };
}

export function firstUrl(text: string): string | undefined {
  return /https?:\/\/[^\s<>"']+/.exec(text)?.[0];
}
