import { TRPCError } from "@trpc/server";
import { getEnv } from "@tillbox/config";

/** A byte cap on one family of routes, and the variable that sets it (named in the refusal). */
export interface BodyLimit {
  bytes: number;
  variable: "TILLBOX_MAX_BODY_BYTES" | "TILLBOX_MAX_WEBHOOK_BODY_BYTES";
}

export const apiBodyLimit = (): BodyLimit => ({ bytes: getEnv().TILLBOX_MAX_BODY_BYTES, variable: "TILLBOX_MAX_BODY_BYTES" });
export const webhookBodyLimit = (): BodyLimit => ({ bytes: getEnv().TILLBOX_MAX_WEBHOOK_BODY_BYTES, variable: "TILLBOX_MAX_WEBHOOK_BODY_BYTES" });

export function bodyTooLargeMessage(limit: BodyLimit): string {
  return `The request body is larger than ${limit.bytes} bytes, the limit of this endpoint (${limit.variable}).`;
}

/** Thrown while reading a body past its limit; a TRPCError, so tRPC and REST answer it with 413. */
export class BodyTooLargeError extends TRPCError {
  constructor(readonly limit: BodyLimit) {
    super({ code: "PAYLOAD_TOO_LARGE", message: bodyTooLargeMessage(limit) });
  }
}

/** True when the body announces more than the limit: refused before a byte is read. */
export function declaresTooLarge(request: Request, limit: BodyLimit): boolean {
  const declared = Number(request.headers.get("content-length") ?? "");
  return Number.isFinite(declared) && declared > limit.bytes;
}

/**
 * The request's body as a stream that fails with PAYLOAD_TOO_LARGE as soon as more than the
 * limit has arrived (and stops reading the client). Counting the bytes, not trusting
 * Content-Length, is what holds against a chunked body or a header that lies.
 */
export function limitedBody(request: Request, limit: BodyLimit): ReadableStream<Uint8Array> | null {
  if (!request.body) return null;
  const reader = request.body.getReader();
  let received = 0;
  return new ReadableStream<Uint8Array>({
    async pull(controller) {
      if (declaresTooLarge(request, limit)) return fail(controller);
      const { done, value } = await reader.read();
      if (done) return controller.close();
      received += value.byteLength;
      if (received > limit.bytes) return fail(controller);
      controller.enqueue(value);
    },
    cancel: (reason) => reader.cancel(reason),
  });

  function fail(controller: ReadableStreamDefaultController<Uint8Array>) {
    controller.error(new BodyTooLargeError(limit));
    void reader.cancel().catch(() => undefined);
  }
}

/** The same request with its body capped (see limitedBody); headers, method and signal unchanged. */
export function withBodyLimit(request: Request, limit: BodyLimit): Request {
  const body = limitedBody(request, limit);
  if (!body) return request;
  return new Request(request.url, { method: request.method, headers: request.headers, body, signal: request.signal, duplex: "half" } as RequestInit);
}

/** The whole body as text, read within the limit (throws PAYLOAD_TOO_LARGE past it). */
export async function readBodyText(request: Request, limit: BodyLimit): Promise<string> {
  const body = limitedBody(request, limit);
  return body ? new Response(body).text() : "";
}
