import { classifyAddress, isIpLiteral } from "./address-policy";
import { allowsAddress, allowsHost, type AllowList } from "./allow-list";
import { internalHostReason, normalizeHost } from "./host-policy";
import { ALLOW_LIST_SETTING } from "./settings";

const hint = `; internal targets must be listed in the webhooks setting "${ALLOW_LIST_SETTING}"`;

/**
 * Why an endpoint URL's host may not receive webhooks, judged without DNS (at creation and
 * before every send), or null. Literal addresses must be public or allow-listed; names must not
 * be internal (localhost, metadata, *.internal, single labels …) unless allow-listed.
 */
export function hostRefusal(hostname: string, allowList: AllowList): string | null {
  const host = normalizeHost(hostname);
  if (isIpLiteral(host)) {
    const { address, refusal } = classifyAddress(host);
    return refusal && !allowsAddress(allowList, address) ? `${host} is ${refusal}${hint}` : null;
  }
  if (allowsHost(allowList, host)) return null;
  const reason = internalHostReason(host);
  return reason ? `${host} is ${reason}${hint}` : null;
}

/**
 * Why `address`, one of the addresses `hostname` resolved to, may not be connected to, or null.
 * An allow-listed host name is trusted with whatever its (the operator's) DNS answers.
 */
export function resolvedAddressRefusal(hostname: string, address: string, allowList: AllowList): string | null {
  const host = normalizeHost(hostname);
  if (allowsHost(allowList, host)) return null;
  const verdict = classifyAddress(address);
  return verdict.refusal && !allowsAddress(allowList, verdict.address) ? `${host} resolves to ${address}, ${verdict.refusal}${hint}` : null;
}
