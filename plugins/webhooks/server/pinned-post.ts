import http from "node:http";
import https from "node:https";
import type { LookupFunction } from "node:net";
import type { ResolvedAddress } from "./resolve-target";
import { RESPONSE_READ_BYTES, isTextLike } from "./response-excerpt";

export interface PinnedPostRequest {
  url: URL;
  /** The address resolveTarget validated: the only one this request may connect to. */
  target: ResolvedAddress;
  headers: Record<string, string>;
  body: string;
  signal: AbortSignal;
}

export interface PinnedPostResponse {
  statusCode: number;
  contentType: string | null;
  /** The first bytes of a text-like body; empty for other content types, which are never read. */
  bodyStart: Buffer;
  /** False when the body was longer than what was read. */
  complete: boolean;
}

/** Whatever name the socket asks for, it gets the validated address: there is no second DNS answer. */
function pinnedLookup(target: ResolvedAddress): LookupFunction {
  return (_hostname, options, callback) => {
    if (options.all) callback(null, [{ address: target.address, family: target.family }]);
    else callback(null, target.address, target.family);
  };
}

/**
 * One POST over a fresh connection to `target`, while Host, TLS SNI and the certificate check
 * stay on the URL's host name. Redirects are never followed (node:http doesn't). At most
 * RESPONSE_READ_BYTES of a text-like answer are read before the connection is dropped, so a
 * huge or endless body costs nothing.
 */
export function postPinned(request: PinnedPostRequest): Promise<PinnedPostResponse> {
  const client = request.url.protocol === "https:" ? https : http;
  return new Promise((resolve, reject) => {
    const options = {
      method: "POST",
      headers: { ...request.headers, "Content-Length": String(Buffer.byteLength(request.body)) },
      lookup: pinnedLookup(request.target),
      // A pooled socket could have been opened for another endpoint's address.
      agent: false as const,
      signal: request.signal,
    };
    const outgoing = client.request(request.url, options, (response) => {
      const chunks: Buffer[] = [];
      let size = 0;
      const finish = (complete: boolean) => {
        response.destroy();
        const bodyStart = Buffer.concat(chunks).subarray(0, RESPONSE_READ_BYTES);
        resolve({ statusCode: response.statusCode ?? 0, contentType: response.headers["content-type"] ?? null, bodyStart, complete });
      };
      if (!isTextLike(response.headers["content-type"])) return finish(true);
      response.on("data", (chunk: Buffer) => {
        chunks.push(chunk);
        size += chunk.length;
        if (size >= RESPONSE_READ_BYTES) finish(false);
      });
      response.on("end", () => finish(true));
      // Cut off mid-body (timeout, reset): the status code already answered the question.
      response.on("error", () => finish(false));
    });
    outgoing.on("error", reject);
    outgoing.end(request.body);
  });
}
