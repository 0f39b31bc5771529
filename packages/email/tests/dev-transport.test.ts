import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { parseEnv } from "@tillbox/config";
import { createTestDb, type TestDb } from "@tillbox/db/testing";
import { createMailer, getDevMessage, listDevMessages } from "../src";

let test: TestDb;
const env = parseEnv({ NODE_ENV: "development" });

beforeAll(async () => {
  test = await createTestDb();
  await test.db.tenant.create({ data: { id: "acme", slug: "acme", name: "Acme" } });
});
afterAll(() => test.close());

describe("the dev transport", () => {
  it("is the default outside production: stores the message and prints its link", async () => {
    const lines: string[] = [];
    const mailer = createMailer({ db: test.db, env, log: (line) => lines.push(line) });
    expect(mailer.transport).toBe("dev");

    const url = "http://localhost:3000/auth/verify?token=abc123";
    await mailer.send({ to: "ada@example.com", template: "verify-email", locale: "de", data: { url, name: "Ada <3" } });

    expect(lines).toEqual([`[mail] to ada@example.com — ${url}`]);
    const [stored] = await listDevMessages(test.db, { tenantId: "default", to: "ada@example.com" });
    expect(stored).toMatchObject({ to: "ada@example.com", template: "verify-email", locale: "de", subject: "Bestätige deine E-Mail-Adresse" });

    const full = await getDevMessage(test.db, stored!.id);
    expect(full?.text).toContain(url);
    expect(full?.text).toContain("Hallo Ada <3,");
    expect(full?.html).toContain("Hallo Ada &lt;3,");
    expect(full?.html).toContain(`href="${url}"`);
  });

  it("prints the subject when a notice carries no link, and falls back to English", async () => {
    const lines: string[] = [];
    const mailer = createMailer({ db: test.db, env, log: (line) => lines.push(line) });
    await mailer.send({ to: "bob@example.com", template: "account-deleted", locale: "xx", data: { name: "" } });
    expect(lines).toEqual(["[mail] to bob@example.com — Your account was deleted"]);
    const [stored] = await listDevMessages(test.db, { tenantId: "default", to: "BOB@example.com" });
    expect(stored?.locale).toBe("en");
  });

  it("keeps tenants apart: a message's tenant, or the mailer's, decides where it is listed", async () => {
    const mailer = createMailer({ db: test.db, env, tenantId: "acme", log: () => {} });
    await mailer.send({ to: "carol@example.com", template: "email-changed", locale: "en", data: {} });
    await createMailer({ db: test.db, env, log: () => {} }).send({
      to: "dave@example.com",
      template: "email-changed",
      locale: "en",
      data: {},
      tenantId: "acme",
    });

    const acme = await listDevMessages(test.db, { tenantId: "acme" });
    expect(acme.map((message) => message.to)).toEqual(["dave@example.com", "carol@example.com"]);
    expect((await listDevMessages(test.db, { tenantId: "default" })).map((message) => message.to)).not.toContain("carol@example.com");
    expect(await getDevMessage(test.db, acme[0]!.id, { tenantId: "default" })).toBeNull();
    expect(await getDevMessage(test.db, acme[0]!.id, { tenantId: "acme" })).not.toBeNull();
  });

  it("lists newest first and honours the limit", async () => {
    const mailer = createMailer({ db: test.db, env, log: () => {} });
    for (const index of [1, 2, 3]) {
      await mailer.send({ to: "eve@example.com", template: "magic-link", locale: "en", data: { url: `http://localhost:3000/auth/magic-link?token=${index}` } });
    }
    const latest = await listDevMessages(test.db, { tenantId: "default", to: "eve@example.com", limit: 2 });
    expect(latest).toHaveLength(2);
    const texts = await Promise.all(latest.map((message) => getDevMessage(test.db, message.id)));
    expect(texts.map((message) => /token=(\d)/.exec(message!.text)?.[1])).toEqual(["3", "2"]);
  });

  it("refuses anything but one recipient address, before storing", async () => {
    const mailer = createMailer({ db: test.db, env, log: () => {} });
    const before = await test.db.emailMessage.count();
    for (const to of ["a@example.com, b@example.com", "a@example.com\nBcc: b@example.com", "not-an-address"]) {
      await expect(mailer.send({ to, template: "email-changed", locale: "en", data: {} })).rejects.toThrow(/"to" must be one email address/);
    }
    expect(await test.db.emailMessage.count()).toBe(before);
  });
});

describe("the process-wide mailer", () => {
  it("sends through the app database by default and can be swapped for tests", async () => {
    const { setDb } = await import("@tillbox/db");
    const { getMailer, setMailer } = await import("../src");
    vi.stubEnv("NODE_ENV", "development");
    vi.stubEnv("SMTP_URL", undefined);
    const print = vi.spyOn(console, "log").mockImplementation(() => {});
    setDb(test.db);
    try {
      setMailer(undefined);
      expect(getMailer()).toBe(getMailer());
      expect(getMailer().transport).toBe("dev");
      await getMailer().send({ to: "zoe@example.com", template: "email-changed", locale: "en", data: {} });
      expect(await listDevMessages(test.db, { tenantId: "default", to: "zoe@example.com" })).toHaveLength(1);
      expect(print).toHaveBeenCalledWith("[mail] to zoe@example.com — Your email address was changed");

      const stub = createMailer({ db: test.db, env, tenantId: "acme", log: () => {} });
      setMailer(stub);
      expect(getMailer()).toBe(stub);
    } finally {
      setMailer(undefined);
      setDb(undefined);
      print.mockRestore();
      vi.unstubAllEnvs();
    }
  });
});
