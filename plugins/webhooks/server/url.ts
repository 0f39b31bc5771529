import { z } from "zod";
import { TRPCError } from "@tillbox/plugin-sdk";
import type { AllowList } from "./allow-list";
import { hostRefusal } from "./target-policy";

/**
 * Endpoint URLs: http(s) only; production insists on https so signed payloads never travel in
 * clear text. Checked at validation time so NODE_ENV is read per request.
 */
export const endpointUrlSchema = z
  .string()
  .trim()
  .max(2_048)
  .superRefine((value, context) => {
    let url: URL;
    try {
      url = new URL(value);
    } catch {
      context.addIssue({ code: "custom", message: "must be an absolute URL, e.g. https://example.com/webhooks" });
      return;
    }
    if (url.protocol !== "https:" && url.protocol !== "http:") {
      context.addIssue({ code: "custom", message: "must use http or https" });
    } else if (url.protocol === "http:" && process.env.NODE_ENV === "production") {
      context.addIssue({ code: "custom", message: "must use https in production" });
    }
    if (url.username || url.password) {
      context.addIssue({ code: "custom", message: "must not contain credentials; the signature authenticates requests" });
    }
  });

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
