import type { AnyTRPCRouter } from "@trpc/server";
import { redirect } from "next/navigation";

/**
 * What apps/web lends plugin pages for the current request. The host registers it once (its
 * catch-all route imports the registration); plugins reach it only through the functions below,
 * so no plugin imports the host and the SDK does not import @tillbox/api (which imports the SDK).
 */
export interface WebPageHost {
  /** appRouter.createCaller with this request's context (session, tenant, enabled plugins). */
  createCaller(): Promise<unknown>;
  /** The signed-in user's id on this request, or null. */
  signedInUserId(): Promise<string | null>;
  /** The portal's sign-in page, coming back to `returnTo` (a path with its query). */
  signInUrl(returnTo: string): string;
}

// On globalThis: a dev server may load this module more than once; the registration must be one.
const KEY = Symbol.for("tillbox.webPageHost");
type Holder = { [KEY]?: WebPageHost };

export function registerWebPageHost(host: WebPageHost): void {
  (globalThis as Holder)[KEY] = host;
}

function host(): WebPageHost {
  const registered = (globalThis as Holder)[KEY];
  if (!registered) throw new Error("No web page host registered: plugin page helpers run only inside apps/web (registerWebPageHost).");
  return registered;
}

/** The server-side caller of one plugin's namespace: `(await pluginCaller<ShopRouter>("shop")).products.list()`. */
export async function pluginCaller<TRouter extends AnyTRPCRouter>(namespace: string): Promise<ReturnType<TRouter["createCaller"]>> {
  const caller = (await host().createCaller()) as Record<string, unknown>;
  // Same procedures, permissions and disabled-plugin refusal as the browser's /api/trpc calls.
  return caller[namespace] as ReturnType<TRouter["createCaller"]>;
}

/** The signed-in user's id, or null for a visitor. */
export async function currentUserId(): Promise<string | null> {
  return host().signedInUserId();
}

type SearchParams = Record<string, string | string[] | undefined>;

/** For pages only customers may see: sends a visitor to sign in, then back to `path` with its query. */
export async function requireSignIn(path: string, searchParams: SearchParams = {}): Promise<string> {
  const userId = await host().signedInUserId();
  if (userId) return userId;
  const query = new URLSearchParams();
  for (const [key, value] of Object.entries(searchParams)) {
    for (const entry of Array.isArray(value) ? value : value === undefined ? [] : [value]) query.append(key, entry);
  }
  const back = `/${path.replace(/^\/+/, "")}${query.size ? `?${query}` : ""}`;
  redirect(host().signInUrl(back));
}
