import { NextResponse, type NextFetchEvent, type NextRequest } from "next/server";
// The subpath, not the package root: that one carries next.config code the proxy bundle must not.
import { pageSecurityPolicy } from "@tillbox/next-config/security-headers";
import { auth } from "./auth";

/**
 * Runs Auth.js on page requests (Node runtime): a session cookie older than updateAge is re-issued
 * here (rotation), a revoked one is cleared. The account area needs a session; pages still check
 * on their own (the proxy is a convenience, not the security boundary). Every page gets its own
 * CSP nonce here (see pageSecurityPolicy).
 */
const guard = auth((request) => {
  const signedIn = Boolean(request.auth?.claims);
  if (!signedIn && request.nextUrl.pathname.startsWith("/account")) {
    const signIn = new URL("/auth/sign-in", request.nextUrl);
    signIn.searchParams.set("callbackUrl", `${request.nextUrl.pathname}${request.nextUrl.search}`);
    return NextResponse.redirect(signIn);
  }
  const { policy, requestHeaders } = pageSecurityPolicy(request.headers);
  const response = NextResponse.next({ request: { headers: requestHeaders } });
  response.headers.set("Content-Security-Policy", policy);
  return response;
});

// createAuth gives NextAuth a lazy config, so auth(wrapper) returns a Promise of the handler, not a
// function, and Next 16 requires `proxy` to be a function.
const ready = guard as unknown as Promise<(request: NextRequest, event: NextFetchEvent) => Promise<Response>>;

export async function proxy(request: NextRequest, event: NextFetchEvent): Promise<Response> {
  return (await ready)(request, event);
}

export const config = {
  // Pages only: API routes read the session themselves, static files need none.
  matcher: ["/((?!api/|_next/static|_next/image|icon.svg|favicon.ico).*)"],
};
