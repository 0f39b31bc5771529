import { z } from "zod";
import { SUBSCRIPTION_PATTERN } from "./event-match";

// The endpoint procedures' input schemas, pure zod (no database, no Node built-ins): the admin's
// endpoint form validates with the same ones, so a rule reads the same in the form as from the server.

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

export const eventsSchema = z
  .array(z.string().trim().regex(SUBSCRIPTION_PATTERN, 'must be "*", an event name such as "invoice.paid", or "invoice.*"'))
  .min(1, "pick at least one event (or * for all)")
  .max(100)
  .transform((events) => [...new Set(events)].sort());

export const createEndpointInput = z.object({
  url: endpointUrlSchema,
  description: z.string().trim().max(500).default(""),
  events: eventsSchema,
  enabled: z.boolean().default(true),
});
