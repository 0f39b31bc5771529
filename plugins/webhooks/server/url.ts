import { z } from "zod";
import { TRPCError } from "@tillbox/plugin-sdk";
import type { AllowList } from "./allow-list";
import { hostRefusal } from "./target-policy";

export { endpointUrlSchema } from "./endpoint-input";

/**
 * The network check, which needs the operator's allow-list and so runs in the handler, after the
 * input schema. It fails the same way input validation does: BAD_REQUEST, field `url`, the reason.
 */
export function assertPublicEndpointUrl(url: string, allowList: AllowList): void {
  const refusal = hostRefusal(new URL(url).hostname, allowList);
  if (!refusal) return;
  const message = `must point to a public address: ${refusal}`;
  // ZodRealError is the Error subclass tRPC's input validation throws (z.ZodError is not an Error).
  const cause = new z.ZodRealError([{ code: "custom", path: ["url"], message, input: url }]);
  throw new TRPCError({ code: "BAD_REQUEST", message: `url: ${message}`, cause });
}
