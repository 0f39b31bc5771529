/**
 * Input nested far deeper than any procedure takes (the fuzz's "objects nested 3000 deep" inside
 * a plan's features) used to exhaust the stack in zod's z.json() and answer 400 "Maximum call stack
 * size exceeded". Both transports now refuse it before anything recursive reads it, naming the field.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { setDb } from "@tillbox/db";
import { createTestDb, type TestDb } from "@tillbox/db/testing";
import { MAX_INPUT_DEPTH } from "@tillbox/trpc";
import { handleRestRequest } from "../../src";
import { sendTrpc } from "./fuzz/fuzz-targets";
import { answerOf, createUserWithRole, currentSession, prepareTenant, releaseTenant } from "./security-helpers";

let t: TestDb;
let ownerId = "";

beforeAll(async () => {
  t = await createTestDb();
  setDb(t.db);
  await prepareTenant(t.db);
  ownerId = (await createUserWithRole(t.db, "owner", "owner@deep.test")).id;
});
afterAll(async () => {
  releaseTenant();
  setDb(undefined);
  await t.close();
});

const nested = (depth: number): unknown => {
  let value: unknown = 1;
  for (let level = 0; level < depth; level++) value = { a: value };
  return value;
};

describe("deeply nested input", () => {
  it("is refused over tRPC with 400 naming the field, and what fits is taken", async () => {
    const session = await currentSession(t.db, ownerId);
    // Sent as text: the superjson client itself can't serialize something this deep.
    const create = async (slug: string, depth: number) => {
      const text = JSON.stringify({ slug, name: "Deep", recurring: false, features: { flag: nested(depth) } });
      return answerOf((await sendTrpc("billing.catalogue.admin.addOns.create", "mutation", { label: "deep", text }, session)).response);
    };
    for (const depth of [MAX_INPUT_DEPTH, 3_000]) {
      const answer = await create(`deep-${depth}`, depth);
      expect(answer.status).toBe(400);
      const fields = Object.keys(JSON.parse(answer.text).error.json.data.fieldErrors);
      expect(fields).toHaveLength(1);
      expect(fields[0]).toMatch(/^features\.flag\.a\.a/);
      expect(answer.error?.message).toMatch(`nests deeper than ${MAX_INPUT_DEPTH} levels`);
    }
    expect(await t.db.addOn.count({ where: { slug: { startsWith: "deep-" } } })).toBe(0);
    expect((await create("shallow", 5)).status).toBe(200);
  });

  it("is refused over REST with 400 and the field", async () => {
    const body = JSON.stringify({ currency: "EUR", items: [], metadata: { deep: nested(3_000) } });
    const request = new Request("http://localhost/api/v1/checkout/preview", {
      method: "POST",
      headers: { "content-type": "application/json", origin: "http://localhost" },
      body,
    });
    const response = await handleRestRequest(request, { session: await currentSession(t.db, ownerId) });
    expect(response.status).toBe(400);
    const { error } = (await response.json()) as { error: { code: string; fields: Record<string, string> } };
    expect(error.code).toBe("BAD_REQUEST");
    expect(Object.entries(error.fields)).toEqual([[expect.stringMatching(/^metadata\.deep\.a\.a/), `nests deeper than ${MAX_INPUT_DEPTH} levels`]]);
  });
});

describe("prototype keys in input", () => {
  // superjson refuses to serialize an object holding one of these keys: a plan stored with
  // features { prototype: … } made its own create answer 500 and would break every list showing it.
  it.each(["prototype", "constructor", "__proto__"])("%s is refused over tRPC and REST with 400 naming the field, and nothing is stored", async (key) => {
    const session = await currentSession(t.db, ownerId);
    const slug = `proto-${key.replace(/_/g, "")}`;
    const text = `{"slug":"${slug}","name":"Proto","interval":"month","features":{"flags":{"${key}":{"x":1}}}}`;
    const overTrpc = await answerOf((await sendTrpc("billing.catalogue.admin.plans.create", "mutation", { label: key, text }, session)).response);
    expect(overTrpc.status).toBe(400);
    expect(JSON.parse(overTrpc.text).error.json.data.fieldErrors).toEqual({ "features.flags": `may not hold the key "${key}"` });

    const request = new Request("http://localhost/api/v1/checkout/preview", {
      method: "POST",
      headers: { "content-type": "application/json", origin: "http://localhost" },
      body: `{"currency":"EUR","items":[],"metadata":{"${key}":"x"}}`,
    });
    const overRest = await handleRestRequest(request, { session });
    expect(overRest.status).toBe(400);
    const { error } = (await overRest.json()) as { error: { fields: Record<string, string> } };
    expect(error.fields).toEqual({ metadata: `may not hold the key "${key}"` });
    expect(await t.db.plan.count({ where: { slug } })).toBe(0);

    const atRoot = await answerOf(
      (await sendTrpc("billing.catalogue.plans", "query", { label: key, text: `{"${key}":{"x":1},"currency":"EUR"}` }, session)).response,
    );
    expect(atRoot.status).toBe(400);
    expect(JSON.parse(atRoot.text).error.json.data.fieldErrors).toEqual({ "(root)": `may not hold the key "${key}"` });
  });
});
