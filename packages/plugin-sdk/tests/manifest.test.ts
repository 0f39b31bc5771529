import { describe, expect, it } from "vitest";
import { pluginManifestSchema } from "../src/manifest";

const base = {
  slug: "acme-pay",
  name: "Acme Pay",
  version: "1.0.0",
  description: "Cards through Acme.",
};
const provider = { key: "acme-pay", create: () => ({}) };

/** Each problem as compose prints it: "<field path>: <message>". */
function problems(manifest: unknown): string[] {
  const parsed = pluginManifestSchema.safeParse(manifest);
  return parsed.success ? [] : parsed.error.issues.map((issue) => `${issue.path.map(String).join(".")}: ${issue.message}`);
}

describe("the plugin manifest schema", () => {
  it("accepts a provider that reports why it is unavailable, and keeps that function", () => {
    const unavailableReason = () => "Set ACME_SECRET_KEY";
    const parsed = pluginManifestSchema.parse({
      ...base,
      paymentProvider: { ...provider, unavailableReason },
    });
    expect(parsed.paymentProvider?.unavailableReason).toBe(unavailableReason);
  });

  it("rejects a misspelt top-level key, naming it", () => {
    expect(problems({ ...base, dependOn: ["webhooks"] })).toEqual([': Unrecognized key: "dependOn"']);
  });

  it("rejects an unknown key inside a nested object, naming the key and where it sits", () => {
    const found = problems({
      ...base,
      paymentProvider: { ...provider, unavailableReasn: () => null },
      hooks: { onEnabled: () => {} },
    });
    expect(found).toEqual(
      expect.arrayContaining([expect.stringMatching(/^paymentProvider: .*"unavailableReasn"/), expect.stringMatching(/^hooks: .*"onEnabled"/)]),
    );
  });

  it("says which field must be a function", () => {
    expect(
      problems({
        ...base,
        paymentProvider: { ...provider, unavailableReason: "not configured" },
      }),
    ).toEqual(["paymentProvider.unavailableReason: must be a function"]);
  });
});
