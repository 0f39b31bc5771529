import { describe, expect, it } from "vitest";
import { normaliseHost, normaliseRouteValue, routeValueProblem } from "./route-values";

describe("routing rule values", () => {
  it("normalises hosts: lower case, no port, no trailing dot", () => {
    expect(normaliseHost("Shop.Example.COM:8443")).toBe("shop.example.com");
    expect(normaliseHost("example.com.")).toBe("example.com");
    expect(normaliseHost("-bad.example.com")).toBeNull();
    expect(normaliseHost("[::1]:3000")).toBeNull();
  });

  it("stores each kind in one canonical form", () => {
    expect(normaliseRouteValue("exact_domain", " Shop.Acme.com:443 ")).toBe("shop.acme.com");
    expect(normaliseRouteValue("subdomain", "Acme")).toBe("acme");
    expect(normaliseRouteValue("path_prefix", "/Acme/EU/")).toBe("/acme/eu");
  });

  it("refuses bad values with a message naming the field", () => {
    expect(() => normaliseRouteValue("exact_domain", "https://acme.com/")).toThrow(/^value: must be a host name/);
    for (const [kind, value] of [
      ["exact_domain", "user@acme.com"],
      ["exact_domain", ""],
      ["subdomain", "a.b"],
      ["subdomain", "-x"],
      ["path_prefix", "acme"],
      ["path_prefix", "/"],
      ["path_prefix", "/a/../b"],
      ["path_prefix", "/a?b"],
    ] as const) {
      expect(routeValueProblem(kind, value), `${kind} ${value}`).not.toBeNull();
    }
  });
});
