import { z } from "zod";

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
