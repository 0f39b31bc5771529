import { lookup } from "node:dns/promises";
import { isIpLiteral } from "./address-policy";
import type { AllowList } from "./allow-list";
import { normalizeHost } from "./host-policy";
import { hostRefusal, resolvedAddressRefusal } from "./target-policy";

export interface ResolvedAddress {
  address: string;
  family: 4 | 6;
}

/** Name → addresses. Injectable so tests can play a DNS server that changes its answers. */
export type Resolver = (host: string) => Promise<{ address: string; family: number }[]>;

/** The system resolver (getaddrinfo: /etc/hosts, then DNS), as fetch and http would use it. */
export const systemResolver: Resolver = (host) => lookup(host, { all: true, verbatim: true });

/** The endpoint's target is not a public address and not allow-listed; the message says why. */
export class TargetRefusedError extends Error {
  override name = "TargetRefusedError";
}

/**
 * Resolves the endpoint's host once and checks every address it got; the connection then goes
 * to the first of them and nowhere else (see pinned-post.ts). A second lookup, where a DNS
 * rebinding attack would answer with an internal address, never happens.
 */
export async function resolveTarget(url: URL, allowList: AllowList, resolver: Resolver = systemResolver): Promise<ResolvedAddress> {
  const refusal = hostRefusal(url.hostname, allowList);
  if (refusal) throw new TargetRefusedError(`Refused: ${refusal}`);
  const host = normalizeHost(url.hostname);
  if (isIpLiteral(host)) return { address: host, family: host.includes(":") ? 6 : 4 };

  const answers = await resolver(host);
  if (answers.length === 0) throw new Error(`${host} did not resolve to any address`);
  // Every answer must pass, not just the one we pick: the OS or a retry could pick another.
  for (const answer of answers) {
    const addressRefusal = resolvedAddressRefusal(host, answer.address, allowList);
    if (addressRefusal) throw new TargetRefusedError(`Refused: ${addressRefusal}`);
  }
  const [first] = answers as [{ address: string; family: number }];
  return { address: first.address, family: first.address.includes(":") ? 6 : 4 };
}
