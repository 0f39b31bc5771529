import { describe, expect, it } from "vitest";
import { decode } from "next-auth/jwt";
import { sessionCookieHeaders } from "../src/session-cookie";
import { parseSetCookie } from "./auth-browser";

const newSecret = "k3Jx9vQ2mWn8pL5tR7yZ1aB4cD6eF0gH";
const oldSecret = "Zz9yX8wV7uT6sR5qP4oN3mL2kJ1iH0gF";
const token = { sub: "5b0c3f9e-3d7a-4a57-9a59-0f6d1f0c2a11", tid: "default", sv: 0, roles: ["user"], email: "ada@example.com", name: "Ada" };
const request = (cookie = "") => new Request("https://shop.example/api/auth/impersonate", { headers: { cookie } });

describe("sessionCookieHeaders", () => {
  it("writes a __Secure- cookie in production over https, encrypted with the first AUTH_SECRET", async () => {
    const env = { NODE_ENV: "production", WEB_URL: "https://shop.example", AUTH_SECRET: `${newSecret},${oldSecret}` };
    const [header] = await sessionCookieHeaders("web", token, request(), env, new Date("2026-01-01T00:00:00Z"));
    const cookie = parseSetCookie(header!);
    expect(cookie).toMatchObject({
      name: "__Secure-tillbox.web.session",
      attributes: { path: "/", httponly: "true", samesite: "Lax", secure: "true", "max-age": "900", expires: "Thu, 01 Jan 2026 00:15:00 GMT" },
    });
    const salt = cookie.name;
    expect(await decode({ token: cookie.value, secret: [newSecret], salt })).toMatchObject({ sub: token.sub, email: "ada@example.com" });
    await expect(decode({ token: cookie.value, secret: [oldSecret], salt })).rejects.toThrow();
    // Salted with the app's cookie name: a portal token is no back-office token.
    await expect(decode({ token: cookie.value, secret: [newSecret], salt: "__Secure-tillbox.admin.session" })).rejects.toThrow();
  });

  it("signs out by expiring the cookie, and drops chunks of an older oversized token", async () => {
    const env = { NODE_ENV: "test", AUTH_SECRET: newSecret };
    const [cleared] = (await sessionCookieHeaders("web", null, request(), env)).map(parseSetCookie);
    expect(cleared).toMatchObject({ name: "tillbox.web.session", value: "", attributes: { "max-age": "0" } });

    const chunked = request("tillbox.web.session.0=aaa; tillbox.web.session.1=bbb; tillbox.admin.session=keep");
    const written = (await sessionCookieHeaders("web", token, chunked, env)).map(parseSetCookie);
    expect(written.map((cookie) => [cookie.name, cookie.attributes["max-age"]])).toEqual([
      ["tillbox.web.session.0", "0"],
      ["tillbox.web.session.1", "0"],
      ["tillbox.web.session", "900"],
    ]);
  });
});
