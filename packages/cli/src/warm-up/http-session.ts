/**
 * A minimal HTTP client with cookies, enough to sign in to one app the way its sign-in form does
 * (Auth.js credentials: CSRF token, then a form post) and to request pages as that user.
 */
export class HttpSession {
  private readonly cookies = new Map<string, string>();

  constructor(
    readonly baseUrl: string,
    private readonly signal?: AbortSignal,
  ) {}

  async request(path: string, init: RequestInit = {}): Promise<Response> {
    const headers = new Headers(init.headers);
    if (this.cookies.size) headers.set("cookie", [...this.cookies].map(([name, value]) => `${name}=${value}`).join("; "));
    const response = await fetch(new URL(path, this.baseUrl), { redirect: "manual", ...init, headers, signal: this.signal });
    for (const line of response.headers.getSetCookie()) {
      const [pair = ""] = line.split(";");
      const split = pair.indexOf("=");
      if (split > 0) this.cookies.set(pair.slice(0, split).trim(), pair.slice(split + 1).trim());
    }
    return response;
  }

  /** The cookies this session holds, e.g. to hand a signed-in session to a browser. */
  cookieList(): { name: string; value: string; url: string }[] {
    return [...this.cookies].map(([name, value]) => ({ name, value, url: this.baseUrl }));
  }

  /** True when the app answered with a session cookie (a wrong password redirects back with `code=`). */
  async signIn(login: { email: string; password: string }): Promise<boolean> {
    const csrf = await this.request("/api/auth/csrf");
    const { csrfToken } = (await csrf.json()) as { csrfToken: string };
    const response = await this.request("/api/auth/callback/credentials", {
      method: "POST",
      headers: { "content-type": "application/x-www-form-urlencoded", origin: new URL(this.baseUrl).origin },
      body: new URLSearchParams({ ...login, csrfToken, callbackUrl: new URL("/", this.baseUrl).href }),
    });
    await response.body?.cancel();
    return (
      response.status < 400 && !/[?&]code=/.test(response.headers.get("location") ?? "") && [...this.cookies.keys()].some((name) => name.includes("session"))
    );
  }
}
