/**
 * A caller with neither session nor API key, over HTTP (handleTRPCRequest, handleRestRequest):
 * every procedure that isn't declared public answers 401 UNAUTHORIZED, whatever input it is sent,
 * so the pages send the visitor to sign-in and nothing learns whether the input was valid. The
 * set of public procedures is spelled out below: making one public is a reviewed decision, and a
 * new procedure is checked here without anyone adding it.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { setDb } from "@tillbox/db";
import { createTestDb, type TestDb } from "@tillbox/db/testing";
import { handleRestRequest } from "../../src";
import { resolveRestRoutes, restRoutes } from "../../src/rest";
import { appRouter } from "../../src/root";
import { callTrpc, prepareTenant, procedureTable, releaseTenant } from "./security-helpers";

/** Sign-up, sign-in helpers, the catalogue, health and the sandbox test cards: usable before signing in. */
const EXPECTED_PUBLIC = [
  "auth.confirmEmailChange",
  "auth.requestMagicLink",
  "auth.requestPasswordReset",
  "auth.resendVerification",
  "auth.resetPassword",
  "auth.signUp",
  "auth.verifyEmail",
  "billing.catalogue.plans",
  "health",
  "paymentsSandbox.cards",
  "plugins.enabled",
  // Says what the caller holds (nothing, for a visitor), so the apps can hide what they can't use.
  "roles.mine",
  // Ends an impersonation from the user's side; the session id is the credential.
  "users.stopImpersonation",
];

let t: TestDb;

beforeAll(async () => {
  t = await createTestDb();
  setDb(t.db);
  await prepareTenant(t.db);
});
afterAll(async () => {
  releaseTenant();
  setDb(undefined);
  await t.close();
});

const procedures = procedureTable();

describe("an anonymous caller", () => {
  it("finds exactly the reviewed public procedures by their meta", () => {
    const declaredPublic = procedures.filter((procedure) => procedure.permission === "public").map((procedure) => procedure.path);
    expect(declaredPublic.sort()).toEqual(EXPECTED_PUBLIC);
    expect(procedures.length - declaredPublic.length).toBeGreaterThan(100);
  });

  it("gets 401 UNAUTHORIZED from every other procedure, with no input and with input of the wrong type", async () => {
    const answers: string[] = [];
    for (const procedure of procedures.filter((entry) => entry.permission !== "public")) {
      for (const input of [undefined, 42, { id: "not-a-uuid", limit: -1 }]) {
        const answer = await callTrpc({ path: procedure.path, type: procedure.type, input, session: null });
        const outcome = `${answer.status} ${answer.error?.code ?? "no error"}`;
        if (outcome !== "401 UNAUTHORIZED") answers.push(`${procedure.path}(${JSON.stringify(input)}): ${outcome} ${answer.error?.message ?? ""}`);
      }
    }
    expect(answers).toEqual([]);
  }, 60_000);

  it("gets no 401 and no 5xx from the public procedures", async () => {
    for (const path of EXPECTED_PUBLIC) {
      const procedure = procedures.find((entry) => entry.path === path)!;
      const answer = await callTrpc({ path, type: procedure.type, session: null });
      expect(answer.status, path).not.toBe(401);
      expect(answer.status, path).toBeLessThan(500);
    }
  });

  it("gets 401 with a Bearer challenge from every REST route that isn't public", async () => {
    const { routes, problems } = resolveRestRoutes(appRouter, restRoutes);
    expect(problems).toEqual([]);
    const answers: string[] = [];
    for (const route of routes.filter((entry) => entry.permission !== "public")) {
      const path = route.pattern.params.reduce((template, name) => template.replace(`{${name}}`, crypto.randomUUID()), route.pattern.template);
      const body = route.method === "GET" || route.method === "DELETE" ? undefined : "{}";
      const response = await handleRestRequest(
        new Request(`http://localhost/api/v1${path}`, { method: route.method, body, headers: body ? { "content-type": "application/json" } : {} }),
      );
      if (response.status !== 401 || !response.headers.get("www-authenticate")?.startsWith("Bearer"))
        answers.push(`${route.method} ${path}: ${response.status}`);
    }
    expect(answers).toEqual([]);
    expect(routes.length).toBeGreaterThan(10);
  });
});
