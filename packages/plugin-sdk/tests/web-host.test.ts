import { afterEach, describe, expect, it } from "vitest";
import { currentUserId, pluginCaller, registerWebPageHost, requireSignIn } from "../src/web";

const KEY = Symbol.for("tillbox.webPageHost");

function register(userId: string | null) {
  const caller = { shop: { products: { list: async () => ["shoes"] } }, other: {} };
  registerWebPageHost({
    createCaller: async () => caller,
    signedInUserId: async () => userId,
    signInUrl: (returnTo) => `/auth/sign-in?callbackUrl=${encodeURIComponent(returnTo)}`,
  });
}

afterEach(() => {
  delete (globalThis as Record<symbol, unknown>)[KEY];
});

describe("web page host services", () => {
  it("fails clearly when no host registered them (a page rendered outside apps/web)", async () => {
    await expect(currentUserId()).rejects.toThrow("No web page host registered");
  });

  it("hands a plugin its own namespace of the host's caller", async () => {
    register("user-1");
    const shop = (await pluginCaller("shop")) as unknown as { products: { list(): Promise<string[]> } };
    expect(await shop.products.list()).toEqual(["shoes"]);
    expect(await currentUserId()).toBe("user-1");
  });

  it("requireSignIn returns the signed-in user, and sends a visitor to sign in and back to the same URL", async () => {
    register("user-1");
    expect(await requireSignIn("checkout/pay", { payment: "p1" })).toBe("user-1");
    register(null);
    // next/navigation's redirect throws; its digest carries the target.
    const error = await requireSignIn("checkout/pay", { payment: "p 1", tag: ["a", "b"], none: undefined }).catch((caught: unknown) => caught);
    expect((error as { digest?: string }).digest).toContain(`;${"/auth/sign-in?callbackUrl=" + encodeURIComponent("/checkout/pay?payment=p+1&tag=a&tag=b")};`);
  });
});
