import { type AddressInfo } from "node:net";
import { SMTPServer } from "smtp-server";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { parseEnv } from "@tillbox/config";
import type { Db } from "@tillbox/db";
import { assertMailConfig, createMailer } from "../src";

interface Received {
  from: string | undefined;
  to: string[];
  raw: string;
}

const received: Received[] = [];
let server: SMTPServer;
let port: number;

beforeAll(async () => {
  // A real SMTP server on loopback: nodemailer speaks the actual protocol to it.
  server = new SMTPServer({
    authOptional: true,
    disabledCommands: ["STARTTLS"],
    logger: false,
    onData(stream, session, callback) {
      const chunks: Buffer[] = [];
      stream.on("data", (chunk: Buffer) => chunks.push(chunk));
      stream.on("end", () => {
        received.push({
          from: session.envelope.mailFrom ? session.envelope.mailFrom.address : undefined,
          to: session.envelope.rcptTo.map((address) => address.address),
          raw: Buffer.concat(chunks).toString("utf8"),
        });
        callback();
      });
    },
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  port = (server.server.address() as AddressInfo).port;
});
afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

/** Quoted-printable soft breaks and escapes, so assertions can read the body as written. */
function decodeQuotedPrintable(raw: string): string {
  const bytes = raw.replace(/=\r?\n/g, "").replace(/=([0-9A-F]{2})/g, (_, hex: string) => String.fromCharCode(parseInt(hex, 16)));
  return Buffer.from(bytes, "latin1").toString("utf8");
}

// The SMTP path never touches the database; a Db that throws proves it.
const noDb = new Proxy(
  {},
  {
    get: () => {
      throw new Error("the SMTP transport must not use the database");
    },
  },
) as Db;

describe("the SMTP transport", () => {
  it("is used when SMTP_URL is set and delivers subject, text and HTML from MAIL_FROM", async () => {
    const env = parseEnv({ NODE_ENV: "production", SMTP_URL: `smtp://127.0.0.1:${port}`, MAIL_FROM: "Shop <no-reply@shop.example.com>" });
    const mailer = createMailer({ db: noDb, env });
    expect(mailer.transport).toBe("smtp");
    const url = "https://shop.example.com/auth/reset-password?token=s3cr3t-token-value";
    try {
      await mailer.send({ to: "ada@example.com", template: "reset-password", locale: "de", data: { url, name: "Jürgen & <Ada>" } });
    } finally {
      await mailer.close();
    }

    expect(received).toHaveLength(1);
    const [mail] = received;
    expect(mail!.from).toBe("no-reply@shop.example.com");
    expect(mail!.to).toEqual(["ada@example.com"]);
    const body = decodeQuotedPrintable(mail!.raw);
    expect(mail!.raw).toMatch(/^Subject: =\?UTF-8\?Q\?.*zur=C3=BCck\?=/m);
    expect(body).toContain("Content-Type: text/plain");
    expect(body).toContain("Content-Type: text/html");
    expect(body).toContain(`Neues Passwort wählen: ${url}`);
    expect(body).toContain(`href="${url}"`);
    expect(body).toContain("Hallo Jürgen &amp; &lt;Ada&gt;,");
  });

  it("reports a failed delivery naming the template", async () => {
    const env = parseEnv({ SMTP_URL: "smtp://127.0.0.1:1" });
    const mailer = createMailer({ db: noDb, env });
    await expect(mailer.send({ to: "ada@example.com", template: "magic-link", locale: "en", data: { url: "https://x.example/m" } })).rejects.toThrow(
      /SMTP delivery of "magic-link" failed/,
    );
    await mailer.close();
  });
});

describe("mail configuration", () => {
  it("refuses production without SMTP_URL, naming the variable", () => {
    const production = parseEnv({ NODE_ENV: "production" });
    expect(() => assertMailConfig(production)).toThrow(/SMTP_URL/);
    expect(() => createMailer({ db: noDb, env: production })).toThrow(/SMTP_URL is not set/);
  });

  it("accepts production with SMTP_URL, and development without it", () => {
    expect(() => assertMailConfig(parseEnv({ NODE_ENV: "production", SMTP_URL: "smtp://mail.example.com:587" }))).not.toThrow();
    expect(() => assertMailConfig(parseEnv({ NODE_ENV: "development" }))).not.toThrow();
  });
});
