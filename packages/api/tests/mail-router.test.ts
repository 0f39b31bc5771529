import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { parseEnv } from "@tillbox/config";
import { createTestDb, type TestDb } from "@tillbox/db/testing";
import { createMailer } from "@tillbox/email";
import { createCallerFactory, type Actor } from "@tillbox/trpc";
import { appRouter, createContext } from "../src";

let test: TestDb;
const createCaller = createCallerFactory(appRouter);
const reader: Actor = { kind: "user", id: "00000000-0000-4000-8000-000000000001", permissions: new Set(["mail:read"]) };
const outsider: Actor = { kind: "user", id: "00000000-0000-4000-8000-000000000002", permissions: new Set(["events:read"]) };
const caller = (actor: Actor, tenantId = "default") => createCaller(createContext({ headers: new Headers(), db: test.db, actor, tenantId }));

beforeAll(async () => {
  test = await createTestDb();
  await test.db.tenant.create({ data: { id: "other", slug: "other", name: "Other" } });
  const mailer = createMailer({ db: test.db, env: parseEnv({ NODE_ENV: "development" }), log: () => {} });
  await mailer.send({ to: "ada@example.com", template: "magic-link", locale: "en", data: { url: "http://localhost:3000/auth/magic-link?token=one" } });
  await mailer.send({ to: "bob@example.com", template: "account-deleted", locale: "de", data: {} });
  await mailer.send({ to: "eve@example.com", template: "account-deleted", locale: "en", data: {}, tenantId: "other" });
});
afterAll(() => test.close());

describe("mail (dev mailbox) procedures", () => {
  it("lists this tenant's messages, newest first, filtered by recipient", async () => {
    const all = await caller(reader).mail.list();
    expect(all.map((message) => message.to)).toEqual(["bob@example.com", "ada@example.com"]);
    const ada = await caller(reader).mail.list({ to: "ADA@example.com", limit: 10 });
    expect(ada).toEqual([expect.objectContaining({ to: "ada@example.com", template: "magic-link", subject: "Your sign-in link" })]);
  });

  it("returns one message with its text and HTML, and NOT_FOUND for another tenant's", async () => {
    const [summary] = await caller(reader).mail.list({ to: "ada@example.com", limit: 1 });
    const message = await caller(reader).mail.get({ id: summary!.id });
    expect(message.text).toContain("http://localhost:3000/auth/magic-link?token=one");
    expect(message.html).toContain('href="http://localhost:3000/auth/magic-link?token=one"');

    const [foreign] = await caller(reader, "other").mail.list();
    expect(foreign?.to).toBe("eve@example.com");
    await expect(caller(reader).mail.get({ id: foreign!.id })).rejects.toMatchObject({ code: "NOT_FOUND" });
  });

  it("requires the mail:read permission", async () => {
    await expect(caller(outsider).mail.list()).rejects.toMatchObject({ code: "FORBIDDEN" });
    await expect(caller(outsider).mail.get({ id: "00000000-0000-4000-8000-000000000009" })).rejects.toMatchObject({ code: "FORBIDDEN" });
  });
});
