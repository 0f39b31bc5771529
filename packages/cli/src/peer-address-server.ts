import { createServer, type IncomingMessage, type Server, type ServerResponse } from "node:http";
import { stampPeerAddress } from "@tillbox/rate-limit/peer-address";

export type RequestHandler = (request: IncomingMessage, response: ServerResponse) => unknown;

/**
 * An HTTP server that tells the app who is on the other end of the socket: every request gets
 * the peer header set from the socket (a client's own value under that name is overwritten)
 * before `handle` (Next.js) sees it. Route handlers can't reach the socket, and Next only fills
 * X-Forwarded-For when a client didn't send one, so this is the one address a client can't forge.
 */
export function createPeerAddressServer(handle: RequestHandler): Server {
  return createServer((request, response) => {
    stampPeerAddress(request);
    Promise.resolve(handle(request, response)).catch((error: unknown) => {
      console.error("Request failed:", error);
      if (!response.headersSent) response.writeHead(500, { "content-type": "text/plain" });
      response.end("Internal server error");
    });
  });
}
