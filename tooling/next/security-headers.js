// Security headers of both apps (plain JS: next.config.ts loads it as is; the proxies import this
// file alone, as @tillbox/next-config/security-headers).

/**
 * The Content-Security-Policy. In production, scripts run only with this response's nonce
 * ('strict-dynamic' passes the trust on to the chunks those scripts load): Next.js reads the nonce
 * from the request's CSP header and puts it on its bootstrap and inline scripts, so no
 * 'unsafe-inline'. Without a nonce (API routes, static files: no document that runs scripts),
 * scripts are 'self' only. Development keeps what `next dev` needs: inline scripts, 'unsafe-eval'
 * (React's dev tooling, HMR) and ws: for HMR. Styles keep 'unsafe-inline': components set style
 * attributes, which a nonce can't cover. frame-ancestors 'none' stops click-jacking.
 * @param {{ development: boolean, nonce?: string, formAction?: readonly string[] }} options
 *   formAction: origins besides 'self' that forms may post to (the back-office's hand-over to the portal).
 */
export function contentSecurityPolicy({ development, nonce, formAction = [] }) {
  const scripts = development ? ["'self'", "'unsafe-inline'", "'unsafe-eval'"] : nonce ? ["'self'", `'nonce-${nonce}'`, "'strict-dynamic'"] : ["'self'"];
  const directives = {
    "default-src": ["'self'"],
    "script-src": scripts,
    "style-src": ["'self'", "'unsafe-inline'"],
    "img-src": ["'self'", "data:", "blob:"],
    "font-src": ["'self'", "data:"],
    "connect-src": ["'self'", ...(development ? ["ws:", "wss:"] : [])],
    "object-src": ["'none'"],
    "frame-ancestors": ["'none'"],
    "base-uri": ["'self'"],
    "form-action": ["'self'", ...formAction],
  };
  return Object.entries(directives)
    .map(([name, values]) => `${name} ${values.join(" ")}`)
    .join("; ");
}

/** 128 random bits, base64: unguessable, and fresh for every response. */
export function createNonce() {
  const bytes = crypto.getRandomValues(new Uint8Array(16));
  return btoa(String.fromCharCode(...bytes));
}

/**
 * For the proxy of each app, on every page request: the policy of this response and the request
 * headers to render the page with. Next.js takes the nonce from the request's
 * Content-Security-Policy; `x-nonce` is for our own server components (`(await headers()).get("x-nonce")`).
 * The pages must render per request (both root layouts are force-dynamic): a prerendered page
 * would carry no nonce, or a stale one.
 * @param {Headers} requestHeaders
 * @param {Record<string, string | undefined>} [env]
 * @param {{ formAction?: readonly string[] }} [options]
 * @returns {{ policy: string, nonce: string | null, requestHeaders: Headers }}
 */
export function pageSecurityPolicy(requestHeaders, env = process.env, options = {}) {
  const development = env.NODE_ENV !== "production";
  const nonce = development ? null : createNonce();
  const policy = contentSecurityPolicy({ development, nonce: nonce ?? undefined, formAction: options.formAction });
  const headers = new Headers(requestHeaders);
  headers.set("content-security-policy", policy);
  if (nonce) headers.set("x-nonce", nonce);
  else headers.delete("x-nonce");
  return { policy, nonce, requestHeaders: headers };
}

/**
 * Headers for every route (next.config). Its CSP is the nonce-less one: the proxies replace it on
 * pages with pageSecurityPolicy's. HSTS only in production: on a development http://localhost it
 * would teach the browser to refuse plain http for localhost, breaking other local projects.
 * @param {Record<string, string | undefined>} [env]
 * @returns {{ key: string, value: string }[]}
 */
export function securityHeaders(env = process.env) {
  const production = env.NODE_ENV === "production";
  const headers = [
    { key: "Content-Security-Policy", value: contentSecurityPolicy({ development: !production }) },
    { key: "X-Content-Type-Options", value: "nosniff" },
    { key: "X-Frame-Options", value: "DENY" },
    { key: "Referrer-Policy", value: "strict-origin-when-cross-origin" },
    { key: "Permissions-Policy", value: "camera=(), microphone=(), geolocation=(), payment=(), usb=(), interest-cohort=()" },
    { key: "Cross-Origin-Opener-Policy", value: "same-origin" },
  ];
  if (production) headers.push({ key: "Strict-Transport-Security", value: "max-age=63072000; includeSubDomains" });
  return headers;
}
