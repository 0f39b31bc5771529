import { setTimeout as sleep } from "node:timers/promises";
import { HttpSession } from "./http-session";
import { loginOf, warmRoutes, type AppName, type Visitor, type WarmRoute } from "./routes";

export interface WarmUpResult {
  /** Routes that rendered (2xx), out of `total`. */
  warmed: number;
  total: number;
  seconds: number;
  /** "admin /plugins: 500", one per route that didn't render (the apps' own log says why). */
  failures: string[];
}

interface WarmUpOptions {
  urls: Record<AppName, string>;
  signal?: AbortSignal;
  routes?: readonly WarmRoute[];
}

/** Resolves once the app's health route answers (it is listening and reaches the database). */
export async function waitUntilUp(baseUrl: string, signal?: AbortSignal): Promise<void> {
  for (;;) {
    signal?.throwIfAborted();
    const response = await fetch(new URL("/api/health", baseUrl), { signal }).catch(() => null);
    await response?.body?.cancel();
    if (response?.ok) return;
    await sleep(1000, undefined, { signal });
  }
}

/** Next.js lists a page's chunks in its HTML; `next dev` emits them on their first request. */
function assetsOf(html: string): string[] {
  return [...html.matchAll(/(?:src|href)="(\/_next\/static\/[^"?]+)/g)].map((match) => match[1]!);
}

/** The id of a plan the portal sells, so the checkout renders a real cart. */
export async function firstPlanId(session: HttpSession): Promise<string | null> {
  const response = await session.request("/api/trpc/billing.catalogue.plans");
  if (!response.ok) return null;
  const body = (await response.json()) as { result?: { data?: { json?: { groups?: { plans: { id: string }[] }[] } } } };
  return body.result?.data?.json?.groups?.[0]?.plans[0]?.id ?? null;
}

/**
 * Requests each route once, one at a time, so `next dev` compiles it (server code and the page's
 * chunks) before a person opens it. One request at a time: on two cores, parallel compiles only
 * slow each other down, and a person's own request never queues behind more than one of ours.
 */
export async function warmUp({ urls, signal, routes = warmRoutes }: WarmUpOptions): Promise<WarmUpResult> {
  const started = performance.now();
  const sessions = new Map<string, HttpSession | null>();
  const fetchedAssets = new Set<string>();
  const failures: string[] = [];
  let planId: string | null | undefined;
  let warmed = 0;

  async function sessionFor(app: AppName, visitor: Visitor): Promise<HttpSession | null> {
    const key = `${app}:${visitor}`;
    if (!sessions.has(key)) {
      const session = new HttpSession(urls[app], signal);
      const signedIn = visitor === "anonymous" || (await session.signIn(loginOf(visitor)));
      if (!signedIn) failures.push(`${app}: sign-in as ${loginOf(visitor as Exclude<Visitor, "anonymous">).email} failed`);
      sessions.set(key, signedIn ? session : null);
    }
    return sessions.get(key)!;
  }

  for (const route of routes) {
    signal?.throwIfAborted();
    const label = `${route.app} ${route.path.split("?")[0]}`;
    try {
      const session = await sessionFor(route.app, route.as);
      if (!session) continue;
      if (route.path.includes("{plan}")) planId ??= await firstPlanId((await sessionFor("web", "anonymous")) ?? session);
      const path = route.path.replace("{plan}", planId ?? "");
      const response = await session.request(path);
      const html = (response.headers.get("content-type") ?? "").includes("text/html") ? await response.text() : (await response.body?.cancel(), "");
      if (response.status >= 300) failures.push(`${label}: ${response.status}`);
      else warmed++;
      for (const asset of assetsOf(html)) {
        if (fetchedAssets.has(`${route.app}${asset}`)) continue;
        fetchedAssets.add(`${route.app}${asset}`);
        await (await session.request(asset)).body?.cancel();
      }
    } catch (error) {
      if (signal?.aborted) throw error;
      failures.push(`${label}: ${error instanceof Error ? error.message : String(error)}`);
    }
  }
  return { warmed, total: routes.length, seconds: Math.round((performance.now() - started) / 1000), failures };
}
