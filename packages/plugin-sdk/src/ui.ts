// Plugins depend on @tillbox/plugin-sdk only; this re-exports the host's component kit so
// plugin screens look native and pick up theme changes for free.
export * from "@tillbox/ui";
