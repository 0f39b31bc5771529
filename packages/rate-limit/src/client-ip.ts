import { isIP } from "node:net";
import { getEnv } from "@tillbox/config";
import { normalizeAddress, PEER_ADDRESS_HEADER } from "./peer-address";

let warnedMissingPeer = false;

/**
 * The client's address: the entry `hops` places from the right of X-Forwarded-For followed by the
 * socket's peer. Each trusted proxy appends the address it received the request from, so the
 * entries further left were written by the client and prove nothing; with 0 hops (no proxy) the
 * peer itself is the client, and a forged X-Forwarded-For changes nothing. Every per-IP limit and
 * every audit entry reads the address here. A chain shorter than `hops` yields its leftmost entry.
 */
export function clientIp(headers: Headers, hops: number = getEnv().TILLBOX_TRUSTED_PROXY_HOPS): string {
  const peer = headers.get(PEER_ADDRESS_HEADER)?.trim();
  if (!peer && !warnedMissingPeer && process.env.NODE_ENV !== "test") {
    warnedMissingPeer = true;
    // Without the peer every client shares one address: limits still hold, but for everyone at once.
    console.warn(`Client IP unknown: no ${PEER_ADDRESS_HEADER} header. Serve the apps with packages/cli/src/next-server.ts (pnpm dev / pnpm start).`);
  }
  const forwarded = (headers.get("x-forwarded-for") ?? "")
    .split(",")
    .map((entry) => entry.trim())
    .filter(Boolean);
  const chain = [...forwarded, peer || "unknown"];
  const entry = normalizeAddress(chain[Math.max(0, chain.length - 1 - hops)]!);
  return isIP(entry) ? entry : "unknown";
}
