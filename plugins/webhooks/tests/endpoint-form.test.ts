import { afterEach, beforeEach, describe, expect, it } from "vitest";
import type { ZodError } from "zod";
import { zodFormResolver } from "@tillbox/plugin-sdk/forms";
import { createEndpointInput } from "../server/endpoint-input";
import { setupWebhooks, type WebhooksSetup } from "./helpers/setup";

let setup: WebhooksSetup;
beforeEach(async () => {
  setup = await setupWebhooks();
});
afterEach(async () => {
  await setup.close();
});

/** The message the create procedure's input validation gives for a field. */
async function serverMessage(input: { url: string; description: string; events: string[] }, field: string): Promise<string | undefined> {
  const error = await setup.caller.endpoints.create(input).then(
    () => null,
    (caught: { cause?: ZodError }) => caught,
  );
  return error?.cause?.issues.find((issue) => issue.path.join(".") === field)?.message;
}

describe("the endpoint form", () => {
  it("refuses what the server refuses, in the server's words", async () => {
    const typed = { url: "ftp://example.com/x", description: "", events: [] as string[] };
    const resolved = await zodFormResolver(createEndpointInput)(typed, undefined, { fields: {}, shouldUseNativeValidation: false });
    expect(resolved.errors.url?.message).toBe("must use http or https");
    expect(resolved.errors.url?.message).toBe(await serverMessage(typed, "url"));
    expect(resolved.errors.events?.message).toBe("pick at least one event (or * for all)");
    expect(resolved.errors.events?.message).toBe(await serverMessage(typed, "events"));
  });
});
