import type { AppName } from "./routes";
import { waitUntilUp, warmUp } from "./warm-up";

/**
 * `pnpm dev`: once both apps answer, compile the main pages in the background and say so:
 * "warm: 15 routes in 244 s". Nothing waits for it (the apps are usable at once; a page someone
 * opens meanwhile compiles as it would anyway). The line is also what the E2E web server waits for.
 * Returns a stop function for shutdown.
 */
export function warmUpInBackground(urls: Record<AppName, string>): () => void {
  const controller = new AbortController();
  const started = performance.now();
  const run = async () => {
    await Promise.all([waitUntilUp(urls.web, controller.signal), waitUntilUp(urls.admin, controller.signal)]);
    console.log("warm-up: compiling the main pages in the background (TILLBOX_WARM_UP=off skips this)");
    const result = await warmUp({ urls, signal: controller.signal });
    const failed = result.failures.length ? ` (not warmed: ${result.failures.join("; ")})` : "";
    console.log(`warm: ${result.warmed} routes in ${result.seconds} s${failed}`);
  };
  run().catch((error: unknown) => {
    // Still a "warm:" line: whoever waits for it (the E2E web server) goes on with cold pages.
    const seconds = Math.round((performance.now() - started) / 1000);
    if (!controller.signal.aborted) console.log(`warm: stopped after ${seconds} s: ${error instanceof Error ? error.message : String(error)}`);
  });
  return () => controller.abort();
}
