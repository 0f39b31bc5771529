import { describe, expect, it } from "vitest";
import { webhooksSettingsSchema } from "../server/settings";

describe("allowedInternalTargets setting", () => {
  it("is empty by default: nothing private is allowed", () => {
    expect(webhooksSettingsSchema.parse({}).allowedInternalTargets).toEqual([]);
  });

  it("accepts addresses, CIDR ranges and host names, normalised", () => {
    const entries = ["127.0.0.1", "10.20.0.0/16", "FD00::/8", "::1", "Hooks.Corp.Internal", "*.svc.internal"];
    expect(webhooksSettingsSchema.parse({ allowedInternalTargets: entries }).allowedInternalTargets).toEqual([
      "127.0.0.1",
      "10.20.0.0/16",
      "fd00::/8",
      "::1",
      "hooks.corp.internal",
      "*.svc.internal",
    ]);
  });

  it.each(["10.0.0.0/33", "10.0.0.0/", "http://10.0.0.1", "hooks corp", "*", "*.", "10.1/8", "evil.com/path", ""])(
    "refuses %j on write, naming the entry",
    (entry) => {
      const result = webhooksSettingsSchema.safeParse({ allowedInternalTargets: ["127.0.0.1", entry] });
      expect(result.success).toBe(false);
      expect(result.error?.issues[0]?.path).toEqual(["allowedInternalTargets", 1]);
      expect(result.error?.issues[0]?.message).toMatch(/CIDR range/);
    },
  );
});
