import { NextResponse, type NextFetchEvent, type NextRequest } from "next/server";
import { getEnv } from "@tillbox/config";
// The subpath, not the package root: that one carries next.config code the proxy bundle must not.
import { pageSecurityPolicy } from "@tillbox/next-config/security-headers";
import { auth } from "./auth";

/**
 * Runs Auth.js on page requests (Node runtime): a session cookie older than updateAge is re-issued
 * here (rotation), a revoked one is cleared. Every back-office page but sign-in needs a session;
 * pages and procedures still check permissions themselves (this is not the security boundary).
 * Every page gets its own CSP nonce here (see pageSecurityPolicy); its forms may also post to the
 * portal, where the impersonate button hands the impersonated session over.
 */
const guard = auth((request) => {
  const signedIn = Boolean(request.auth?.claims);
  if (!signedIn && request.nextUrl.pathname !== "/sign-in") {
    const signIn = new URL("/sign-in", request.nextUrl);
    signIn.searchParams.set("callbackUrl", `${request.nextUrl.pathname}${request.nextUrl.search}`);
    return NextResponse.redirect(signIn);
  }
  const { policy, requestHeaders } = pageSecurityPolicy(request.headers, process.env, { formAction: [new URL(getEnv().WEB_URL).origin] });
  const response = NextResponse.next({ request: { headers: requestHeaders } });
  response.headers.set("Content-Security-Policy", policy);
  return response;
});

// createAuth gives NextAuth a lazy config, so auth(wrapper) returns a Promise of the handler, not a
// function: Next 16 refused the old `export const proxy = auth(...)` ("must export a function").
const ready = guard as unknown as Promise<(request: NextRequest, event: NextFetchEvent) => Promise<Response>>;

export async function proxy(request: NextRequest, event: NextFetchEvent): Promise<Response> {
  return (await ready)(request, event);
}

export const config = {
  matcher: ["/((?!api/|_next/static|_next/image|icon.svg|favicon.ico).*)"],
};
