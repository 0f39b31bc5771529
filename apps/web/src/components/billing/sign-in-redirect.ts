type QueryValue = string | string[] | undefined;

/** The sign-in URL that comes back to `path` with the same query (the cart, the payment id). */
export function signInRedirect(path: string, params: Record<string, QueryValue>): string {
  const query = new URLSearchParams();
  for (const [key, value] of Object.entries(params)) {
    for (const entry of Array.isArray(value) ? value : value === undefined ? [] : [value]) query.append(key, entry);
  }
  const back = query.size ? `${path}?${query}` : path;
  return `/auth/sign-in?callbackUrl=${encodeURIComponent(back)}`;
}
