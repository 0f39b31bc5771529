import type { IncomingMessage } from "node:http";

/**
 * The TCP peer of a request, as the apps' own HTTP server saw it. Route handlers under Next.js
 * can't read the socket, so the server (packages/cli next-server.ts) writes it into this header,
 * replacing whatever a client sent under the same name. Nothing else may set it.
 */
export const PEER_ADDRESS_HEADER = "x-tillbox-peer-address";

/**
 * One spelling per client: "::ffff:203.0.113.5" (IPv4 on a dual-stack socket) is "203.0.113.5",
 * and the ports some proxies append ("203.0.113.5:5123", "[2001:db8::1]:443") are dropped.
 */
export function normalizeAddress(address: string): string {
  const trimmed = address.trim();
  const bracketed = /^\[([^\]]+)\](?::\d+)?$/.exec(trimmed);
  const unwrapped = bracketed ? bracketed[1]! : (/^(\d+\.\d+\.\d+\.\d+):\d+$/.exec(trimmed)?.[1] ?? trimmed);
  return /^::ffff:\d+\.\d+\.\d+\.\d+$/i.test(unwrapped) ? unwrapped.slice(7) : unwrapped;
}

/** Overwrites the peer header of an incoming request with its socket's address (deleted when unknown). */
export function stampPeerAddress(request: Pick<IncomingMessage, "headers" | "socket">): void {
  const address = request.socket.remoteAddress;
  if (address) request.headers[PEER_ADDRESS_HEADER] = normalizeAddress(address);
  else delete request.headers[PEER_ADDRESS_HEADER];
}
