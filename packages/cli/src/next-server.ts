/**
 * `next dev` / `next start` for both apps, served through the peer-address server so per-IP
 * limits and the audit log see the real client. The apps' package.json run it from the app folder:
 * `tsx ../../packages/cli/src/next-server.ts dev|start --port 3000` (`pnpm dev`, `pnpm start` and
 * docker-compose all go through those scripts).
 */
import type { Server } from "node:http";
import { createRequire } from "node:module";
import { join } from "node:path";
import { createPeerAddressServer, type RequestHandler } from "./peer-address-server";

interface NextApp {
  prepare(): Promise<void>;
  getRequestHandler(): RequestHandler;
  close(): Promise<void>;
}
type CreateNextApp = (options: { dev: boolean; dir: string; hostname: string; port: number; httpServer: Server }) => NextApp;

const [mode, ...args] = process.argv.slice(2);
const option = (name: string) => {
  const index = args.lastIndexOf(name);
  return index >= 0 ? args[index + 1] : undefined;
};
if (mode !== "dev" && mode !== "start") {
  console.error("Usage: next-server.ts dev|start [--port <port>] [--hostname <host>]");
  process.exit(2);
}
const port = Number(option("--port") ?? process.env.PORT ?? 3000);
const hostname = option("--hostname");
// As `next dev` and `next start` do: the mode decides NODE_ENV, not the caller's shell.
Object.assign(process.env, { NODE_ENV: mode === "dev" ? "development" : "production" });

// The app's own Next.js (resolved from its folder), so its config and build are the ones loaded.
const dir = process.cwd();
const next = createRequire(join(dir, "package.json"))("next") as CreateNextApp;

// Next wants the server up front (it listens for its dev WebSocket there); requests come only after listen.
const server = createPeerAddressServer((request, response) => handle(request, response));
const app = next({ dev: mode === "dev", dir, hostname: hostname ?? "localhost", port, httpServer: server });
await app.prepare();
const handle = app.getRequestHandler();

server.once("error", (error) => {
  console.error(`Could not listen on port ${port}: ${error.message}`);
  process.exit(1);
});
server.listen(port, hostname, () => console.log(`▲ Next.js ${mode} on http://${hostname ?? "localhost"}:${port} (client address from the socket)`));

const shutdown = () => {
  server.close();
  server.closeIdleConnections();
  void app.close().finally(() => process.exit(0));
};
process.once("SIGINT", shutdown);
process.once("SIGTERM", shutdown);
