/**
 * The API as a plain Node HTTP server for `pnpm bench:checkout`: /api/trpc and /api/v1 exactly as
 * apps/web serves them (same handlers, same request context), without Next in between, so the
 * figures measure Tillbox and the database rather than the framework. Reports its RSS and CPU time on request.
 */
import { createServer } from "node:http";
import { handleRestRequest, handleTRPCRequest } from "../src";

const port = Number(process.env.BENCH_PORT ?? 3900);

const server = createServer(async (incoming, outgoing) => {
  if (incoming.url === "/__rss") {
    const cpu = process.cpuUsage();
    outgoing.end(JSON.stringify({ rss: process.memoryUsage().rss, cpuMicros: cpu.user + cpu.system }));
    return;
  }
  const chunks: Buffer[] = [];
  for await (const chunk of incoming) chunks.push(chunk as Buffer);
  const body = chunks.length > 0 ? Buffer.concat(chunks) : undefined;
  const headers = new Headers();
  for (const [name, value] of Object.entries(incoming.headers)) if (typeof value === "string") headers.set(name, value);
  const request = new Request(`http://localhost:${port}${incoming.url}`, { method: incoming.method, headers, body });
  // The HTTP floor: the same request adaptation and body read as an API call, then nothing.
  if (incoming.url === "/__noop") {
    await request.text();
    outgoing.end("{}");
    return;
  }
  const response = incoming.url?.startsWith("/api/v1") ? await handleRestRequest(request) : await handleTRPCRequest(request);
  outgoing.writeHead(response.status, Object.fromEntries(response.headers));
  outgoing.end(Buffer.from(await response.arrayBuffer()));
});

server.listen(port, "127.0.0.1", () => process.send?.("ready"));
process.on("SIGTERM", () => server.close(() => process.exit(0)));
