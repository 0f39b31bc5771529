import { describe, expect, it } from "vitest";
import { z } from "zod";
import { fromFormValues, humanize, settingsFields, toFormValues } from "./settings-fields";

// The same conversion the API uses for plugin settings (packages/core settingsJsonSchema).
const schema = z.toJSONSchema(
  z.object({
    timeoutMs: z.number().int().min(100).max(30_000).default(5_000).describe("Per request"),
    signingSecretEnv: z.string().min(1),
    endpointUrl: z.url().optional(),
    mode: z.enum(["live", "test"]).default("test"),
    verbose: z.boolean().default(false),
    headers: z.record(z.string(), z.string()).default({}),
    note: z.string().nullable().optional(),
  }),
  { io: "input", unrepresentable: "any" },
) as Record<string, unknown>;

describe("settingsFields", () => {
  const fields = settingsFields(schema);
  const byName = Object.fromEntries(fields.map((field) => [field.name, field]));

  it("maps each JSON Schema type to an input kind", () => {
    expect(byName.timeoutMs).toMatchObject({ kind: "number", integer: true, minimum: 100, maximum: 30_000, description: "Per request", required: false });
    expect(byName.signingSecretEnv).toMatchObject({ kind: "string", inputType: "text", required: true, label: "Signing secret env" });
    expect(byName.endpointUrl).toMatchObject({ kind: "string", inputType: "url", required: false });
    expect(byName.mode).toMatchObject({ kind: "enum", options: ["live", "test"] });
    expect(byName.verbose).toMatchObject({ kind: "boolean" });
    expect(byName.headers).toMatchObject({ kind: "json" });
    expect(byName.note).toMatchObject({ kind: "string" });
  });

  it("returns no fields for a plugin without settings", () => {
    expect(settingsFields(null)).toEqual([]);
  });

  it("round-trips values through the form", () => {
    const current = { timeoutMs: 5_000, signingSecretEnv: "WEBHOOK_SECRET", mode: "test", verbose: true, headers: { a: "b" } };
    const values = toFormValues(fields, current);
    expect(values).toMatchObject({ timeoutMs: "5000", verbose: true, endpointUrl: "" });
    expect(fromFormValues(fields, values)).toEqual({ ok: true, settings: { ...current, headers: { a: "b" } } });
  });

  it("names the field of each bad value and requires required ones", () => {
    const result = fromFormValues(fields, { timeoutMs: "1.5", signingSecretEnv: " ", headers: "{oops", verbose: false });
    expect(result).toEqual({
      ok: false,
      errors: {
        timeoutMs: "Timeout ms must be a whole number.",
        signingSecretEnv: "Signing secret env is required.",
        headers: "Headers must be valid JSON.",
      },
    });
  });
});

describe("humanize", () => {
  it("turns keys into labels", () => {
    expect(humanize("maxRetries")).toBe("Max retries");
    expect(humanize("signing_secret")).toBe("Signing secret");
  });
});
