import nodemailer from "nodemailer";
import type { MailTransport } from "./types";

export interface SmtpTransportOptions {
  /** smtp://user:pass@host:587 (STARTTLS when offered) or smtps://… (implicit TLS). */
  url: string;
  /** Sender, e.g. `Tillbox <no-reply@example.com>` (MAIL_FROM). */
  from: string;
}

export function createSmtpTransport({ url, from }: SmtpTransportOptions): MailTransport {
  const transporter = nodemailer.createTransport(url);
  return {
    kind: "smtp",
    async deliver(mail) {
      try {
        await transporter.sendMail({ from, to: mail.to, subject: mail.subject, text: mail.text, html: mail.html });
      } catch (error) {
        // Name the step and the template; the cause keeps the server's answer for the log.
        throw new Error(`SMTP delivery of "${mail.template}" failed: ${error instanceof Error ? error.message : String(error)}`, { cause: error });
      }
    },
    async close() {
      transporter.close();
    },
  };
}
