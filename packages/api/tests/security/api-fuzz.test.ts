/**
 * Property-based fuzz of every tRPC procedure (over handleTRPCRequest: the real fetch adapter,
 * superjson, the error formatter) and every REST route (handleRestRequest), as a signed-in owner
 * so calls get past the permission checks. Inputs come from each procedure's zod input, converted
 * with z.toJSONSchema as the OpenAPI document does, plus malformed variants (see fuzz-cases.ts)
 * and broken transport bodies. Properties: see violationOf. Valid but destructive calls are
 * allowed (they may succeed); only refused calls must have written nothing.
 *
 * Bounded: FUZZ_RUNS calls per target (default 10), FUZZ_SEED fixes the generated inputs (printed
 * on failure; the database drifts with earlier targets' writes, so a replay is close, not exact).
 * FUZZ_SHRINK=1 shrinks a failing input to a minimal one (slower); FUZZ_LOG=<file> appends every
 * call's status, request and answer to that file (to see what the fuzz reaches).
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import fc from "fast-check";
import { setDb } from "@tillbox/db";
import { createTestDb, type TestDb } from "@tillbox/db/testing";
import { resolveRestRoutes, restRoutes, type ResolvedRoute } from "../../src/rest";
import { jsonSchemaOf } from "../../src/rest/schema";
import { installed, pluginServiceFor } from "../../src/plugin-runtime";
import { appRouter } from "../../src/root";
import { malformedOf, validInput, type FuzzInput } from "./fuzz/fuzz-cases";
import { violationOf } from "./fuzz/fuzz-property";
import { pathParameter, rawBodies, sendRest, sendTrpc, type Sent } from "./fuzz/fuzz-targets";
import { arbitraryOf, type JsonSchema, type Pools } from "./fuzz/schema-arbitrary";
import { catalogue, customer, customerData, idsOwnedBy } from "./ownership-fixtures";
import { createUserWithRole, currentSession, prepareTenant, procedureTable, releaseTenant, tenantId } from "./security-helpers";

const SEED = Number(process.env.FUZZ_SEED ?? Math.floor(Math.random() * 2 ** 31));
const RUNS = Number(process.env.FUZZ_RUNS ?? 10);
const SHRINK = process.env.FUZZ_SHRINK === "1";

let t: TestDb;
let ownerId = "";
let pools: Pools = { ids: [], slugs: [] };

beforeAll(async () => {
  t = await createTestDb();
  setDb(t.db);
  await prepareTenant(t.db);
  const shop = await catalogue(t.db);
  ownerId = (await createUserWithRole(t.db, "owner", "owner@fuzz.test")).id;
  const ada = await customer(t.db, "ada@fuzz.test");
  await customerData(t.db, ada, shop, (await createUserWithRole(t.db, "admin", "ops@fuzz.test")).id);
  // Real rows to name, never the caller's own account (suspending it would end the run's reach).
  const ids = [...(await idsOwnedBy(t.db, ada.id)).keys(), ...Object.values(shop).flatMap((bySlug) => Object.values(bySlug))];
  const roles = await t.db.role.findMany({ where: { tenantId }, select: { id: true } });
  pools = { ids: [...ids, ...roles.map((role) => role.id)], slugs: [...installed.map((plugin) => plugin.slug), ...Object.keys(shop.plans), "default"] };
}, 60_000);
afterAll(async () => {
  releaseTenant();
  setDb(undefined);
  await t.close();
});

/** Undo what earlier targets' valid calls may have switched off: plugins disabled, the caller suspended or demoted. */
async function restoreReach(): Promise<void> {
  const enabled = new Set(await pluginServiceFor(t.db).enabledSlugs());
  for (const plugin of installed)
    if (!enabled.has(plugin.slug))
      await pluginServiceFor(t.db)
        .enable(plugin.slug, { tenantId, actorId: null })
        .catch(() => undefined);
  const owner = await t.db.role.findUniqueOrThrow({ where: { tenantId_key: { tenantId, key: "owner" } } });
  await t.db.user.update({ where: { id: ownerId }, data: { status: "active" } });
  await t.db.userRole.upsert({
    where: { userId_roleId: { userId: ownerId, roleId: owner.id } },
    create: { tenantId, userId: ownerId, roleId: owner.id },
    update: {},
  });
}

/** Inputs for one schema: valid ones, their malformed variants, and broken transport bodies. */
function inputsFor(schema: JsonSchema | null): fc.Arbitrary<FuzzInput & { raw?: boolean }> {
  const valid = arbitraryOf(schema, pools);
  return fc.oneof(
    { weight: 2, arbitrary: valid.map(validInput) },
    { weight: 4, arbitrary: valid.chain(malformedOf) },
    { weight: 1, arbitrary: fc.constantFrom(...rawBodies).map((text) => ({ label: "raw body", text, raw: true })) },
  );
}

const shortly = (value: unknown) =>
  JSON.stringify(value, (_key, field: unknown) => (typeof field === "string" && field.length > 200 ? `${field.slice(0, 60)}…(${field.length} chars)` : field));

async function fuzz<T>(name: string, index: number, arbitrary: fc.Arbitrary<T>, call: (value: T) => Promise<Sent>): Promise<void> {
  await restoreReach();
  const property = fc.asyncProperty(arbitrary, async (value) => {
    const violation = await violationOf(t.db, () => call(value));
    if (violation) throw new Error(violation);
  });
  const details = await fc.check(property, { seed: SEED + index, numRuns: RUNS, endOnFailure: !SHRINK });
  if (details.failed) {
    const reason = details.errorInstance instanceof Error ? details.errorInstance.message : String(details.errorInstance);
    throw new Error(
      `${name} ${reason}\n  input: ${shortly(details.counterexample)}\n  replay: FUZZ_SEED=${SEED} (this target's seed ${SEED + index}, path ${details.counterexamplePath})`,
    );
  }
}

const procedures = procedureTable();
const routes = resolveRestRoutes(appRouter, restRoutes).routes;

describe(`fuzzing every procedure and REST route (FUZZ_SEED=${SEED}, ${RUNS} calls each)`, () => {
  it("answers every broken transport body with a 4xx of its own words, on a query and a mutation", async () => {
    const failures: string[] = [];
    for (const text of rawBodies) {
      for (const [path, type] of [
        ["users.list", "query"],
        ["webhooks.endpoints.create", "mutation"],
      ] as const) {
        const violation = await violationOf(t.db, async () =>
          sendTrpc(path, type, { label: "raw body", text, raw: true }, await currentSession(t.db, ownerId)),
        );
        if (violation) failures.push(`${path} ${shortly(text)}: ${violation}`);
      }
    }
    expect(failures).toEqual([]);
  });

  it.each(procedures.map((procedure, index) => [procedure.path, index] as const))("tRPC %s: no 5xx, no stack, no write when refused", async (path, index) => {
    const procedure = procedures[index]!;
    const schema = jsonSchemaOf(procedure.inputs, "input");
    await fuzz(path, index, inputsFor(schema), async (input) => sendTrpc(path, procedure.type, input, await currentSession(t.db, ownerId)));
  });

  it.each(routes.map((route, index) => [`${route.method} ${route.pattern.template}`, index] as const))(
    "REST %s: no 5xx, no stack, no write when refused",
    async (name, index) => {
      const route: ResolvedRoute = routes[index]!;
      const params = fc.array(pathParameter(pools), { minLength: route.pattern.params.length, maxLength: route.pattern.params.length });
      await fuzz(name, procedures.length + index, fc.tuple(params, inputsFor(route.procedure?.input ?? null)), async ([values, input]) =>
        sendRest(route, values, input, await currentSession(t.db, ownerId)),
      );
    },
  );
});
