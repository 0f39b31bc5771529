import { request as httpRequest } from "node:http";
import type { AddressInfo } from "node:net";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { clientIp, PEER_ADDRESS_HEADER } from "@tillbox/rate-limit";
import { createPeerAddressServer } from "../src/peer-address-server";

// The server in front of Next.js; the handler stands in for a route handler, which sees only headers.
const server = createPeerAddressServer((incoming, outgoing) => {
  const headers = new Headers();
  for (const [name, value] of Object.entries(incoming.headers)) if (typeof value === "string") headers.set(name, value);
  outgoing.setHeader("content-type", "application/json");
  outgoing.end(JSON.stringify({ peer: headers.get(PEER_ADDRESS_HEADER), clientIp: clientIp(headers, 0), behindProxy: clientIp(headers, 1) }));
});
let port = 0;

beforeAll(async () => {
  // Any free port: 3000/3001 belong to the apps.
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  port = (server.address() as AddressInfo).port;
});
afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

function get(headers: Record<string, string | string[]>): Promise<{ peer: string; clientIp: string; behindProxy: string }> {
  return new Promise((resolve, reject) => {
    const outgoing = httpRequest({ host: "127.0.0.1", port, path: "/api/trpc/health", headers }, (response) => {
      let body = "";
      response.on("data", (chunk: Buffer) => (body += chunk.toString()));
      response.on("end", () => resolve(JSON.parse(body)));
    });
    outgoing.on("error", reject);
    outgoing.end();
  });
}

describe("the peer-address server", () => {
  it("stamps the socket's address, overwriting a client's own value of the header", async () => {
    const forged = await get({ [PEER_ADDRESS_HEADER]: "198.51.100.66", "x-forwarded-for": "192.0.2.1" });
    expect(forged).toEqual({ peer: "127.0.0.1", clientIp: "127.0.0.1", behindProxy: "192.0.2.1" });
    const twice = await get({ [PEER_ADDRESS_HEADER]: ["198.51.100.66", "198.51.100.67"] });
    expect(twice.peer).toBe("127.0.0.1");
  });

  it("gives the same client IP however X-Forwarded-For rotates", async () => {
    const seen = new Set<string>();
    for (let index = 0; index < 5; index += 1) seen.add((await get({ "x-forwarded-for": `203.0.113.${index}` })).clientIp);
    expect([...seen]).toEqual(["127.0.0.1"]);
  });
});
