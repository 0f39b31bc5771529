import { createServer, type IncomingHttpHeaders, type OutgoingHttpHeaders, type Server } from "node:http";
import type { AddressInfo } from "node:net";

export interface ReceivedRequest {
  method: string | undefined;
  headers: IncomingHttpHeaders;
  body: string;
}

/** An answer the receiver gives: a status code ("ok"/"boom" as text), or a full response. */
export type Answer = number | { status: number; headers?: OutgoingHttpHeaders; body?: string };

/** A throwaway HTTP receiver on 127.0.0.1 (random port) answering with queued responses. */
export async function startReceiver(answers: Answer[] = []) {
  const requests: ReceivedRequest[] = [];
  const queue = [...answers];
  const server: Server = createServer((request, response) => {
    const chunks: Buffer[] = [];
    request.on("data", (chunk: Buffer) => chunks.push(chunk));
    request.on("end", () => {
      requests.push({ method: request.method, headers: request.headers, body: Buffer.concat(chunks).toString("utf8") });
      const next = queue.shift() ?? 200;
      const answer = typeof next === "number" ? { status: next, body: next < 300 ? "ok" : "boom" } : next;
      response.writeHead(answer.status, { "Content-Type": "text/plain", ...answer.headers }).end(answer.body ?? "");
    });
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}/hooks`,
    port,
    requests,
    /** Answers for the next requests, in order; 200 once they run out. */
    respondWith: (...next: Answer[]) => queue.push(...next),
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}

export type Receiver = Awaited<ReturnType<typeof startReceiver>>;
