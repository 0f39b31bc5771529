import { getDb } from "@tillbox/db";
import { createMailer, type TillboxMailer } from "./mailer";

let shared: TillboxMailer | undefined;

/**
 * The process-wide mailer on the app database, configured from the environment on first use
 * (SMTP when SMTP_URL is set, else the dev mailbox; throws in production without SMTP_URL).
 */
export function getMailer(): TillboxMailer {
  shared ??= createMailer({ db: getDb() });
  return shared;
}

/** Tests swap in their own mailer; `undefined` goes back to the environment's. */
export function setMailer(mailer: TillboxMailer | undefined): void {
  shared = mailer;
}
