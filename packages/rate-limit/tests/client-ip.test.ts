import { describe, expect, it } from "vitest";
import { clientIp, PEER_ADDRESS_HEADER } from "../src";

const headers = (peer: string | null, forwardedFor?: string) =>
  new Headers({ ...(peer ? { [PEER_ADDRESS_HEADER]: peer } : {}), ...(forwardedFor ? { "x-forwarded-for": forwardedFor } : {}) });

describe("clientIp", () => {
  it("with 0 trusted hops is the socket's peer, whatever X-Forwarded-For or X-Real-IP say", () => {
    expect(clientIp(headers("203.0.113.5", "198.51.100.1, 10.0.0.1"), 0)).toBe("203.0.113.5");
    const realIp = headers("203.0.113.5");
    realIp.set("x-real-ip", "198.51.100.2");
    expect(clientIp(realIp, 0)).toBe("203.0.113.5");
  });

  it("takes the entry `hops` places from the right of X-Forwarded-For + peer", () => {
    const chain = headers("10.0.0.2", "192.0.2.66, 198.51.100.7, 10.0.0.1");
    expect(clientIp(chain, 1)).toBe("10.0.0.1");
    expect(clientIp(chain, 2)).toBe("198.51.100.7");
    // Headers joins repeated X-Forwarded-For lines with a comma: one chain.
    const repeated = headers("10.0.0.2");
    repeated.append("x-forwarded-for", "192.0.2.66");
    repeated.append("x-forwarded-for", "198.51.100.7");
    expect(clientIp(repeated, 1)).toBe("198.51.100.7");
  });

  it("falls back to the leftmost entry when the chain is shorter than the hops", () => {
    expect(clientIp(headers("203.0.113.5"), 2)).toBe("203.0.113.5");
    expect(clientIp(headers("10.0.0.2", "198.51.100.7"), 3)).toBe("198.51.100.7");
  });

  it("spells one client one way, and says unknown for anything that is not an address", () => {
    expect(clientIp(headers("::ffff:203.0.113.5"), 0)).toBe("203.0.113.5");
    expect(clientIp(headers("10.0.0.2", "198.51.100.7:5123"), 1)).toBe("198.51.100.7");
    expect(clientIp(headers("10.0.0.2", "[2001:db8::1]:443"), 1)).toBe("2001:db8::1");
    expect(clientIp(headers("10.0.0.2", "<script>"), 1)).toBe("unknown");
    expect(clientIp(headers(null, "198.51.100.7"), 0)).toBe("unknown");
  });
});
