/**
 * Only same-site paths are followed after sign-in: an absolute or protocol-relative URL
 * ("//evil.example") in ?callbackUrl= would turn the sign-in page into an open redirect.
 */
export function safeCallbackUrl(value: string | string[] | undefined, fallback = "/account"): string {
  const candidate = Array.isArray(value) ? value[0] : value;
  if (!candidate || !candidate.startsWith("/") || candidate.startsWith("//") || candidate.startsWith("/\\")) return fallback;
  return candidate;
}

/** The first `token` query value, trimmed; empty counts as missing. */
export function tokenParam(value: string | string[] | undefined): string | null {
  const token = (Array.isArray(value) ? value[0] : value)?.trim();
  return token ? token : null;
}
