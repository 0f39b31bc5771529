import { describe, expect, it } from "vitest";
import { isGranted, pendingChanges, setGroup, toggleCell } from "./matrix-changes";

const support = { id: "11111111-1111-4111-8111-111111111111", scopes: ["users:read", "audit:read"] };

describe("role matrix pending cells", () => {
  it("records a flip and shows it as the cell's value", () => {
    const pending = toggleCell(new Map(), support, "users:manage", true);
    expect(isGranted(pending, support, "users:manage")).toBe(true);
    expect(isGranted(pending, support, "users:read")).toBe(true);
    expect(pendingChanges(pending)).toEqual([{ roleId: support.id, scope: "users:manage", granted: true }]);
  });

  it("drops a change flipped back to the saved value", () => {
    const once = toggleCell(new Map(), support, "audit:read", false);
    expect(isGranted(once, support, "audit:read")).toBe(false);
    const back = toggleCell(once, support, "audit:read", true);
    expect(pendingChanges(back)).toEqual([]);
  });

  it("sets a group at once, sending only cells that differ", () => {
    const pending = setGroup(new Map(), support, ["users:read", "users:manage", "users:impersonate"], true);
    expect(
      pendingChanges(pending)
        .map((change) => change.scope)
        .sort(),
    ).toEqual(["users:impersonate", "users:manage"]);
    const cleared = setGroup(pending, support, ["users:read", "users:manage", "users:impersonate"], false);
    expect(pendingChanges(cleared)).toEqual([{ roleId: support.id, scope: "users:read", granted: false }]);
  });

  it("keeps scopes containing colons and dashes intact", () => {
    const pending = toggleCell(new Map(), support, "api-keys:manage", true);
    expect(pendingChanges(pending)[0]?.scope).toBe("api-keys:manage");
  });
});
