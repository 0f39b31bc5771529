import ipaddr from "ipaddr.js";

type Address = ipaddr.IPv4 | ipaddr.IPv6;

/** What an operator reads in an error: why an address is not on the public internet. */
const labels: Record<string, string> = {
  unspecified: "an unspecified address",
  broadcast: "a broadcast address",
  multicast: "a multicast address",
  linkLocal: "a link-local address (cloud metadata lives here)",
  loopback: "a loopback address",
  carrierGradeNat: "a carrier-grade NAT address",
  private: "a private network address",
  uniqueLocal: "a unique local (private) IPv6 address",
  deprecatedSiteLocal: "a site-local IPv6 address",
  teredo: "a Teredo tunnel address",
  "6to4": "a 6to4 tunnel address",
};

export interface AddressVerdict {
  /** The address itself, IPv4-mapped IPv6 unwrapped to the IPv4 it stands for. */
  address: Address;
  /** Null when the address is on the public internet; otherwise why not, for the error message. */
  refusal: string | null;
}

/**
 * Public means global unicast and nothing else: any special range ipaddr.js knows (loopback,
 * private, link-local, CGNAT, reserved, documentation, multicast …) is refused, and IPv6 must
 * also be inside 2000::/3, so unassigned space and IPv4-compatible forms (::7f00:1) are refused.
 * IPv6 forms that carry an IPv4 address (::ffff:a.b.c.d, NAT64 64:ff9b::/96) are judged by it.
 */
export function classifyAddress(literal: string): AddressVerdict {
  const parsed = ipaddr.parse(literal);
  if (parsed.kind() === "ipv4") return verdict(parsed);
  const v6 = parsed as ipaddr.IPv6;
  if (v6.isIPv4MappedAddress()) return verdict(v6.toIPv4Address(), "IPv4-mapped ");
  if (v6.match(ipaddr.IPv6.parse("64:ff9b::"), 96)) return verdict(ipaddr.IPv4.parse(v6.toByteArray().slice(12).join(".")), "NAT64 ");
  if (v6.parts.slice(0, 6).every((part) => part === 0) && v6.range() === "unicast") {
    return { address: v6, refusal: "an IPv4-compatible IPv6 address (deprecated, never a public target)" };
  }
  if (v6.range() === "unicast" && !v6.match(ipaddr.IPv6.parse("2000::"), 3)) {
    return { address: v6, refusal: "an unassigned IPv6 address" };
  }
  return verdict(v6);
}

function verdict(address: Address, form = ""): AddressVerdict {
  const range = address.range();
  if (range === "unicast") return { address, refusal: null };
  const label = labels[range] ?? `a reserved address (${range})`;
  return { address, refusal: form ? `${label}, in ${form}form` : label };
}

export function isIpLiteral(host: string): boolean {
  return ipaddr.isValid(host) && (ipaddr.IPv4.isValidFourPartDecimal(host) || ipaddr.IPv6.isValid(host));
}
