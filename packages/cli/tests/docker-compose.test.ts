import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { parse } from "yaml";
import { findRepoRoot } from "@tillbox/db/migrations";

type Service = { image?: string; build?: unknown; ports?: string[]; environment?: Record<string, string> };

// No Docker engine runs here, so the file is checked for the production shape it promises.
describe("docker-compose.yml", () => {
  const compose = parse(readFileSync(join(findRepoRoot(), "docker-compose.yml"), "utf8"), { merge: true }) as {
    services: Record<string, Service>;
  };

  it("runs PostgreSQL 16, Redis 7, Inngest and a mail catcher", () => {
    expect(compose.services.postgres?.image).toMatch(/^postgres:16/);
    expect(compose.services.redis?.image).toMatch(/^redis:7/);
    expect(compose.services.inngest?.image).toMatch(/^inngest\/inngest/);
    expect(compose.services.mailpit?.image).toMatch(/mailpit/);
  });

  it("builds both apps from the repository and points them at those services", () => {
    for (const [name, port] of [
      ["web", "3000:3000"],
      ["admin", "3001:3001"],
    ] as const) {
      const service = compose.services[name]!;
      expect(service.build).toBeTruthy();
      expect(service.ports).toContain(port);
      expect(service.environment?.DATABASE_URL).toMatch(/@postgres:5432\//);
      expect(service.environment?.INNGEST_BASE_URL).toBe("http://inngest:8288");
    }
  });

  it("ships no secret: the Inngest keys and AUTH_SECRET must be set, with no default to fall back on", () => {
    for (const name of ["web", "admin", "migrate", "inngest"]) {
      const environment = compose.services[name]!.environment!;
      const secrets = name === "inngest" ? ["INNGEST_EVENT_KEY", "INNGEST_SIGNING_KEY"] : ["AUTH_SECRET", "INNGEST_EVENT_KEY", "INNGEST_SIGNING_KEY"];
      for (const secret of secrets) expect(environment[secret], `${name} ${secret}`).toMatch(new RegExp(`^\\$\\{${secret}:\\?[^}]+\\}$`));
    }
  });
});
