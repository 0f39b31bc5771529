import { createServer, type IncomingMessage, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { afterEach, describe, expect, it } from "vitest";
import { loginOf, type WarmRoute } from "../src/warm-up/routes";
import { warmUp } from "../src/warm-up/warm-up";

/**
 * A stand-in for one app: Auth.js's CSRF + credentials endpoints, pages that need a session
 * cookie (else a redirect to sign-in, as the proxies answer), and the chunks a page's HTML names.
 */
function fakeApp(password: string) {
  const seen: string[] = [];
  let inFlight = 0;
  let maxInFlight = 0;
  const server = createServer((request: IncomingMessage, response) => {
    inFlight++;
    maxInFlight = Math.max(maxInFlight, inFlight);
    let body = "";
    request.on("data", (chunk: Buffer) => (body += chunk.toString()));
    request.on("end", () => {
      const url = new URL(request.url!, "http://app");
      const signedIn = (request.headers.cookie ?? "").includes("tillbox.app.session=ok");
      seen.push(`${request.method} ${url.pathname}${signedIn ? " (signed in)" : ""}`);
      // Slow enough that overlapping requests would show.
      setTimeout(() => {
        inFlight--;
        if (url.pathname === "/api/auth/csrf") {
          response.writeHead(200, { "content-type": "application/json", "set-cookie": "tillbox.app.csrf=c1; Path=/" });
          return response.end(JSON.stringify({ csrfToken: "t1" }));
        }
        if (url.pathname === "/api/auth/callback/credentials") {
          const form = new URLSearchParams(body);
          const ok = form.get("csrfToken") === "t1" && form.get("password") === password && (request.headers.cookie ?? "").includes("tillbox.app.csrf=c1");
          response.writeHead(302, ok ? { location: "/", "set-cookie": "tillbox.app.session=ok; Path=/; HttpOnly" } : { location: "/sign-in?code=invalid" });
          return response.end();
        }
        if (url.pathname === "/broken") return response.writeHead(500).end("boom");
        if (url.pathname.startsWith("/account") && !signedIn) return response.writeHead(307, { location: "/sign-in" }).end();
        if (url.pathname.startsWith("/_next/")) return response.writeHead(200, { "content-type": "text/javascript" }).end("0");
        response.writeHead(200, { "content-type": "text/html" });
        response.end(`<html><script src="/_next/static/chunks/page.js"></script><link rel="stylesheet" href="/_next/static/css/app.css"></html>`);
      }, 20);
    });
  });
  return { server, seen, maxInFlight: () => maxInFlight };
}

const servers: Server[] = [];
async function listen(server: Server): Promise<string> {
  servers.push(server);
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  return `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
}
afterEach(async () => {
  await Promise.all(servers.splice(0).map((server) => new Promise((resolve) => server.close(resolve))));
});

const routes: WarmRoute[] = [
  { app: "web", path: "/", as: "anonymous" },
  { app: "web", path: "/account/billing", as: "customer" },
  { app: "web", path: "/pricing", as: "anonymous" },
];

describe("warm-up", () => {
  it("requests one route at a time, signed in where the page needs it, and fetches each page's chunks once", async () => {
    const web = fakeApp(loginOf("customer").password);
    const admin = fakeApp("unused");
    const result = await warmUp({ urls: { web: await listen(web.server), admin: await listen(admin.server) }, routes });

    expect(result).toMatchObject({ warmed: 3, total: 3, failures: [] });
    expect(web.maxInFlight()).toBe(1);
    expect(web.seen).toEqual([
      "GET /",
      "GET /_next/static/chunks/page.js",
      "GET /_next/static/css/app.css",
      "GET /api/auth/csrf",
      "POST /api/auth/callback/credentials",
      "GET /account/billing (signed in)",
      "GET /pricing",
    ]);
    expect(admin.seen).toEqual([]);
  });

  it("reports what it could not warm instead of stopping: a failed sign-in, a page that fails", async () => {
    const web = fakeApp("a changed demo password");
    const admin = fakeApp("unused");
    const result = await warmUp({
      urls: { web: await listen(web.server), admin: await listen(admin.server) },
      routes: [...routes, { app: "web", path: "/broken", as: "anonymous" }],
    });
    expect(result.warmed).toBe(2);
    expect(result.failures).toEqual([`web: sign-in as ${loginOf("customer").email} failed`, "web /broken: 500"]);
    expect(web.seen).not.toContain("GET /account/billing");
  });
});
