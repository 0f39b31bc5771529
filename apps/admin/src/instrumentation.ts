/**
 * Once per server process: sync installed plugins into the state table, so the back-office
 * lists them even when it starts before apps/web. The relay runs in apps/web only.
 */
export async function register(): Promise<void> {
  if (process.env.NEXT_RUNTIME !== "nodejs") return;
  // Production refuses to start with a missing or default secret, naming the variable.
  const { assertProductionConfig } = await import("@tillbox/auth/production-config");
  assertProductionConfig();
  const { bootPlugins } = await import("@tillbox/api");
  await bootPlugins();
}
