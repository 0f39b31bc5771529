export * from "./types";
export * from "./runner";
export * from "./status";
export * from "./connections";
export { findRepoRoot, sha256 } from "./checksum";
export { migrationSources } from "../migrations.generated";
