import { describe, expect, it } from "vitest";
import { mayCall, type Access } from "./may-call";

const support: Access = {
  kind: "user",
  userId: "11111111-1111-4111-8111-111111111111",
  scopes: ["audit:read", "users:impersonate", "users:read"],
  procedures: { "users.list": "users:read", "users.suspend": "users:manage", "users.stopImpersonation": "public", "account.me": "signed-in" },
};

describe("mayCall", () => {
  it("follows the permission each procedure declares", () => {
    expect(mayCall(support, "users.list")).toBe(true);
    expect(mayCall(support, "users.suspend")).toBe(false);
    expect(mayCall(support, "users.stopImpersonation")).toBe(true);
    expect(mayCall(support, "account.me")).toBe(true);
  });

  it("refuses unknown procedures, anonymous callers and missing access", () => {
    expect(mayCall(support, "users.delete")).toBe(false);
    expect(mayCall({ ...support, kind: "anonymous", scopes: [] }, "account.me")).toBe(false);
    expect(mayCall(null, "users.list")).toBe(false);
  });
});
