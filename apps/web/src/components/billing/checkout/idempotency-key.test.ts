import { describe, expect, it } from "vitest";
import { keyFor } from "./idempotency-key";

describe("keyFor", () => {
  it("keeps the key while the same thing is resubmitted and makes a new one when it changes", () => {
    let counter = 0;
    const make = () => `key-${++counter}`;
    const first = keyFor(null, "cart-a", make);
    expect(first.key).toBe("key-1");
    expect(keyFor(first, "cart-a", make)).toBe(first);
    expect(keyFor(first, "cart-b", make).key).toBe("key-2");
  });
});
