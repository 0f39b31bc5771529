/**
 * Starts the outbox relay once per server process. Only in the Node runtime: the relay needs
 * the database driver, which the edge runtime cannot load.
 */
export async function register(): Promise<void> {
  if (process.env.NEXT_RUNTIME !== "nodejs") return;
  const { startEventRelay } = await import("@tillbox/api");
  await startEventRelay();
}
