import { spawn, type ChildProcess } from "node:child_process";
import { createWriteStream } from "node:fs";
import { setTimeout as sleep } from "node:timers/promises";
import { getEnv } from "@tillbox/config";
import { isPortOpen } from "../src/database";

export interface DevStack {
  /** Resolves with the first stdout line matching `pattern` (the stack's own log, both apps included). */
  waitForLine(pattern: RegExp, timeoutMs: number): Promise<string>;
  stop(): Promise<void>;
}

/**
 * `pnpm dev` as a developer runs it (dev.ts: embedded database, migrations, seed, both apps), on
 * its own data folder and Next.js build folder, its output teed to `logPath`.
 */
export function startDevStack(root: string, env: Record<string, string>, logPath: string): DevStack {
  const child: ChildProcess = spawn(process.execPath, ["--import", "tsx", "packages/cli/src/dev.ts"], {
    cwd: root,
    env: { ...process.env, DATABASE_URL: "", REDIS_URL: "", NEXT_TELEMETRY_DISABLED: "1", TURBO_TELEMETRY_DISABLED: "1", ...env },
    stdio: ["ignore", "pipe", "pipe"],
    detached: true,
  });
  const log = createWriteStream(logPath);
  const waiters = new Set<{ pattern: RegExp; resolve: (line: string) => void }>();
  let buffered = "";
  child.stdout!.on("data", (chunk: Buffer) => {
    log.write(chunk);
    buffered += chunk.toString();
    const lines = buffered.split("\n");
    buffered = lines.pop()!;
    for (const line of lines) {
      for (const waiter of waiters) {
        if (!waiter.pattern.test(line)) continue;
        waiters.delete(waiter);
        waiter.resolve(line);
      }
    }
  });
  child.stderr!.on("data", (chunk: Buffer) => log.write(chunk));
  const exited = new Promise<void>((resolve) => child.once("exit", () => resolve()));

  return {
    waitForLine(pattern, timeoutMs) {
      return new Promise((resolve, reject) => {
        const timer = setTimeout(() => reject(new Error(`no line matching ${pattern} within ${timeoutMs / 1000} s (see ${logPath})`)), timeoutMs);
        waiters.add({ pattern, resolve: (line) => (clearTimeout(timer), resolve(line)) });
        void exited.then(() => reject(new Error(`the dev stack exited (see ${logPath})`)));
      });
    },
    async stop() {
      // SIGTERM to dev.ts only: it stops both apps (their own process group) and the database.
      if (child.exitCode === null) child.kill("SIGTERM");
      await Promise.race([exited, sleep(60_000)]);
      if (child.exitCode === null && child.pid) process.kill(-child.pid, "SIGKILL");
      const env = getEnv();
      const ports = [Number(new URL(env.WEB_URL).port), Number(new URL(env.ADMIN_URL).port), env.TILLBOX_EMBEDDED_DB_PORT];
      const busy = async () => (await Promise.all(ports.map(isPortOpen))).some(Boolean);
      for (let waited = 0; waited < 30 && (await busy()); waited++) await sleep(1000);
      log.end();
    },
  };
}
