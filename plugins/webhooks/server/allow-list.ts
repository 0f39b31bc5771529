import ipaddr from "ipaddr.js";
import { z } from "zod";
import { isIpLiteral } from "./address-policy";

type Address = ipaddr.IPv4 | ipaddr.IPv6;

const HOST_PATTERN = /^(\*\.)?[a-z0-9](?:[a-z0-9-]*[a-z0-9])?(?:\.[a-z0-9](?:[a-z0-9-]*[a-z0-9])?)*$/;

function isEntry(entry: string): boolean {
  if (entry.includes("/")) return ipaddr.isValidCIDR(entry) && isIpLiteral(entry.split("/")[0] ?? "");
  return isIpLiteral(entry) || HOST_PATTERN.test(entry);
}

/** One operator-vouched internal target: an address, a CIDR range, a host name or "*.zone". */
export const allowListEntrySchema = z
  .string()
  .trim()
  .toLowerCase()
  .max(253)
  .refine(isEntry, 'must be an IP address, a CIDR range ("10.20.0.0/16", "fd00::/8") or a host name ("hooks.corp.internal", "*.corp.internal")');

export interface AllowList {
  networks: [Address, number][];
  hosts: string[];
  /** From "*.corp.internal": any name below ".corp.internal" (not the zone's own name). */
  suffixes: string[];
}

export const emptyAllowList: AllowList = { networks: [], hosts: [], suffixes: [] };

/** Entries are validated on write by the settings schema; anything else is ignored here. */
export function parseAllowList(entries: readonly string[]): AllowList {
  const list: AllowList = { networks: [], hosts: [], suffixes: [] };
  for (const raw of entries) {
    const entry = raw.trim().toLowerCase();
    if (!isEntry(entry)) continue;
    if (entry.includes("/")) list.networks.push(ipaddr.parseCIDR(entry));
    else if (isIpLiteral(entry)) {
      const address = ipaddr.parse(entry);
      list.networks.push([address, address.kind() === "ipv4" ? 32 : 128]);
    } else if (entry.startsWith("*.")) list.suffixes.push(entry.slice(1));
    else list.hosts.push(entry);
  }
  return list;
}

export function allowsHost(list: AllowList, host: string): boolean {
  return list.hosts.includes(host) || list.suffixes.some((suffix) => host.endsWith(suffix));
}

export function allowsAddress(list: AllowList, address: Address): boolean {
  return list.networks.some(([network, bits]) => network.kind() === address.kind() && address.match(network, bits));
}
