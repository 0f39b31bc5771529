import { getEnv, type Env } from "@tillbox/config";
import type { MailMessage, Mailer } from "@tillbox/core";
import type { Db } from "@tillbox/db";
import { renderMail } from "./render";
import { createDevTransport } from "./transports/dev-transport";
import { createSmtpTransport } from "./transports/smtp-transport";
import type { MailTransport } from "./transports/types";

export class MailConfigError extends Error {}

/** Production must really send mail: without SMTP_URL, sign-up links would only land in the database. */
export function assertMailConfig(env: Env = getEnv()): void {
  if (env.NODE_ENV === "production" && !env.SMTP_URL) {
    throw new MailConfigError(
      "SMTP_URL is not set: production needs an SMTP server for outgoing mail (e.g. smtp://user:pass@smtp.example.com:587). The dev mailbox is for development only.",
    );
  }
}

export interface MailerOptions {
  db: Db;
  /** Tenant of stored dev messages when a message names none; TILLBOX_DEFAULT_TENANT by default. */
  tenantId?: string;
  env?: Env;
  /** A ready transport (tests); otherwise SMTP when SMTP_URL is set, else the dev transport. */
  transport?: MailTransport;
  log?: (line: string) => void;
}

/** Core's Mailer port, plus an optional tenant per message and a way to release the SMTP pool. */
export interface TillboxMailer extends Mailer {
  readonly transport: MailTransport["kind"];
  send(message: MailMessage & { tenantId?: string }): Promise<void>;
  close(): Promise<void>;
}

// One recipient, no header tricks: a comma or newline here would add recipients or headers.
const singleAddress = /^[^\s@,;<>"]+@[^\s@,;<>"]+\.[^\s@,;<>"]+$/;

export function createMailer(options: MailerOptions): TillboxMailer {
  const env = options.env ?? getEnv();
  assertMailConfig(env);
  const transport =
    options.transport ??
    (env.SMTP_URL ? createSmtpTransport({ url: env.SMTP_URL, from: env.MAIL_FROM }) : createDevTransport({ db: options.db, log: options.log }));
  const defaultTenant = options.tenantId ?? env.TILLBOX_DEFAULT_TENANT;

  return {
    transport: transport.kind,
    async send(message) {
      if (!singleAddress.test(message.to)) throw new Error(`Mail "to" must be one email address, got "${message.to}".`);
      const rendered = renderMail(message);
      await transport.deliver({ ...rendered, tenantId: message.tenantId ?? defaultTenant, to: message.to, template: message.template });
    },
    close: () => transport.close(),
  };
}
