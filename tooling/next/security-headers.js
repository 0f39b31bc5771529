// Security headers of both apps (plain JS: next.config.ts loads it as is).

/**
 * The Content-Security-Policy of an environment. Next.js inlines its bootstrap scripts, so
 * script-src needs 'unsafe-inline' (no nonce middleware yet); 'unsafe-eval' and ws: (HMR, React
 * dev tooling) only in development. frame-ancestors 'none' stops click-jacking of both apps.
 * @param {boolean} development
 */
export function contentSecurityPolicy(development) {
  const directives = {
    "default-src": ["'self'"],
    "script-src": ["'self'", "'unsafe-inline'", ...(development ? ["'unsafe-eval'"] : [])],
    "style-src": ["'self'", "'unsafe-inline'"],
    "img-src": ["'self'", "data:", "blob:"],
    "font-src": ["'self'", "data:"],
    "connect-src": ["'self'", ...(development ? ["ws:", "wss:"] : [])],
    "object-src": ["'none'"],
    "frame-ancestors": ["'none'"],
    "base-uri": ["'self'"],
    "form-action": ["'self'"],
  };
  return Object.entries(directives)
    .map(([name, values]) => `${name} ${values.join(" ")}`)
    .join("; ");
}

/**
 * Headers for every route. HSTS only in production: on a development http://localhost it would
 * teach the browser to refuse plain http for localhost, breaking other local projects.
 * @param {Record<string, string | undefined>} [env]
 * @returns {{ key: string, value: string }[]}
 */
export function securityHeaders(env = process.env) {
  const production = env.NODE_ENV === "production";
  const headers = [
    { key: "Content-Security-Policy", value: contentSecurityPolicy(!production) },
    { key: "X-Content-Type-Options", value: "nosniff" },
    { key: "X-Frame-Options", value: "DENY" },
    { key: "Referrer-Policy", value: "strict-origin-when-cross-origin" },
    { key: "Permissions-Policy", value: "camera=(), microphone=(), geolocation=(), payment=(), usb=(), interest-cohort=()" },
    { key: "Cross-Origin-Opener-Policy", value: "same-origin" },
  ];
  if (production) headers.push({ key: "Strict-Transport-Security", value: "max-age=63072000; includeSubDomains" });
  return headers;
}
