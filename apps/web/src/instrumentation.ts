/**
 * Once per server process: sync installed plugins into the state table (a fresh install lists
 * them at once), then start the outbox relay. Only in the Node runtime: both need the database
 * driver, which the edge runtime cannot load.
 */
export async function register(): Promise<void> {
  if (process.env.NEXT_RUNTIME !== "nodejs") return;
  // Production refuses to start with a missing or default secret, naming the variable.
  const { assertProductionConfig } = await import("@tillbox/auth/production-config");
  assertProductionConfig();
  const { bootPlugins, startEventRelay } = await import("@tillbox/api");
  await bootPlugins();
  startEventRelay();
}
