import { createRequestContext } from "../context";
import { apiRateLimit } from "../http";
import { creditNotePdfResponse, invoicePdfResponse, type PdfDisposition } from "../invoice-pdf";
import type { RequestSession } from "../request-actor";
import { errorResponse, restError } from "./errors";

/**
 * A PDF outside /api/v1 (the back-office's "Download PDF", the portal's links in billing emails):
 * same rate limit, actor and access rule (owner, or billing:read) as the REST route.
 */
export async function handleDocumentPdfRequest(
  request: Request,
  options: { kind: "invoice" | "credit-note"; id: string; session?: RequestSession | null; disposition?: PdfDisposition },
): Promise<Response> {
  const limited = await apiRateLimit(request);
  if (limited) return limited;
  try {
    const ctx = await createRequestContext({ headers: request.headers, url: request.url, session: options.session ?? null });
    if (ctx.actor.kind === "anonymous") return restError(401, "UNAUTHORIZED", "Sign in to download documents.");
    const disposition = options.disposition ?? "attachment";
    return await (options.kind === "invoice" ? invoicePdfResponse(ctx, options.id, {}, disposition) : creditNotePdfResponse(ctx, options.id, disposition));
  } catch (error) {
    return errorResponse(error, `${options.kind} PDF`);
  }
}
