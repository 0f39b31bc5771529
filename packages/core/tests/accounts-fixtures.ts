import { createTestDb, type TestDb } from "@tillbox/db/testing";
import type { AccountsContext, MailMessage, MailTemplate, Mailer } from "../src";
import { signUp, verifyEmail } from "../src";

export const tenantId = "default";
export const strongPassword = "violet-harbour-tram-42";

/** Captures mails instead of sending them; `token(template)` reads the token out of the last link. */
export class MemoryMailer implements Mailer {
  readonly sent: MailMessage[] = [];
  async send(message: MailMessage): Promise<void> {
    this.sent.push(message);
  }
  last(template: MailTemplate, to?: string): MailMessage {
    const found = this.sent.filter((mail) => mail.template === template && (!to || mail.to === to)).at(-1);
    if (!found) throw new Error(`no "${template}" mail${to ? ` to ${to}` : ""} was sent`);
    return found;
  }
  token(template: MailTemplate, to?: string): string {
    const url = this.last(template, to).data.url;
    const token = url ? new URL(url).searchParams.get("token") : null;
    if (!token) throw new Error(`"${template}" mail has no token link`);
    return token;
  }
}

export interface AccountsHarness {
  test: TestDb;
  mailer: MemoryMailer;
  ctx: AccountsContext;
  /** A context whose clock is shifted by `offsetMs` (negative = in the past). */
  at(offsetMs: number): AccountsContext;
}

export async function createHarness(): Promise<AccountsHarness> {
  const test = await createTestDb();
  const mailer = new MemoryMailer();
  const ctx: AccountsContext = { db: test.db, mailer, webUrl: "https://shop.example" };
  return { test, mailer, ctx, at: (offsetMs) => ({ ...ctx, now: () => new Date(Date.now() + offsetMs) }) };
}

/** Signs up and verifies through the real flows; returns the user id. */
export async function createVerifiedUser(h: AccountsHarness, email = "ada@example.com", password = strongPassword) {
  await signUp(h.ctx, { tenantId, email, password, name: "Ada" });
  const { userId } = await verifyEmail(h.ctx, { tenantId, token: h.mailer.token("verify-email", email) });
  return userId;
}

export async function eventsNamed(h: AccountsHarness, name: string) {
  return h.test.db.outboxEvent.findMany({ where: { name }, orderBy: { createdAt: "asc" } });
}
