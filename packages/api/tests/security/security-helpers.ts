import superjson from "superjson";
import { parseEnv } from "@tillbox/config";
import { ensureBuiltinRoles } from "@tillbox/core";
import { sessionClaims } from "@tillbox/auth/session";
import type { Db } from "@tillbox/db";
import { createMailer, setMailer } from "@tillbox/email";
import { createRateLimiter, setRateLimiter } from "@tillbox/rate-limit";
import { allScopes } from "../../src/access";
import { handleTRPCRequest } from "../../src/http";
import { pluginServiceFor } from "../../src/plugin-runtime";
import type { RequestSession } from "../../src/request-actor";
import { appRouter } from "../../src/root";

export const tenantId = "default";

export interface ProcedureInfo {
  path: string;
  type: "query" | "mutation" | "subscription";
  permission: string;
  /** The zod parsers of `.input()`, in order (one for every procedure here). */
  inputs: unknown[];
}

type ProcedureDef = { _def: { type: ProcedureInfo["type"]; meta?: { permission?: string }; inputs: unknown[] } };

/** Every procedure of appRouter with what its meta declares: new procedures join every suite by themselves. */
export function procedureTable(): ProcedureInfo[] {
  return Object.entries(appRouter._def.procedures as unknown as Record<string, ProcedureDef>).map(([path, procedure]) => ({
    path,
    type: procedure._def.type,
    permission: procedure._def.meta?.permission ?? "(none)",
    inputs: procedure._def.inputs,
  }));
}

/**
 * What every suite here starts from: plugins enabled (so their procedures pass the plugin gate),
 * the built-in roles, mail into the dev mailbox (never out), and a limiter in memory without the
 * general per-IP API budget (these suites send hundreds of requests from one "IP").
 */
export async function prepareTenant(db: Db): Promise<void> {
  setRateLimiter(createRateLimiter({ policies: { api: { points: 0, durationSeconds: 60 } } }));
  setMailer(createMailer({ db, env: parseEnv({ NODE_ENV: "development" }), log: () => {} }));
  await pluginServiceFor(db).boot({ tenantId, actorId: null });
  await ensureBuiltinRoles(db, tenantId, allScopes());
}

export function releaseTenant(): void {
  setRateLimiter(undefined);
  setMailer(undefined);
}

/** A user holding the built-in `role` (or none for a plain customer without roles). */
export async function createUserWithRole(db: Db, role: "owner" | "admin" | "support" | "user", email: string) {
  const { id: roleId } = await db.role.findUniqueOrThrow({ where: { tenantId_key: { tenantId, key: role } } });
  return db.user.create({ data: { tenantId, email, name: email.split("@")[0], country: "DE", roles: { create: { roleId } } } });
}

/** The user's session as Auth.js would hand it over right now (current sessionVersion and roles). */
export async function currentSession(db: Db, userId: string): Promise<RequestSession> {
  const user = await db.user.findUniqueOrThrow({ where: { id: userId }, include: { roles: { include: { role: true } } } });
  return { claims: sessionClaims({ ...user, roles: user.roles.map((link) => link.role.key) }) };
}

export interface TrpcCall {
  path: string;
  type: "query" | "mutation" | "subscription";
  /** Sent as superjson, as the apps' client does; `undefined` sends no input. */
  input?: unknown;
  session?: RequestSession | null;
  apiKey?: string;
}

export interface HttpAnswer {
  status: number;
  text: string;
  /** tRPC's error shape, when the answer is one: `code` (e.g. "FORBIDDEN"), message, domainCode. */
  error: { code: string; message: string; domainCode?: string } | null;
}

/** One call through /api/trpc (handleTRPCRequest): the real adapter, context, error formatter. */
export async function callTrpc(call: TrpcCall): Promise<HttpAnswer> {
  const url = `http://localhost/api/trpc/${call.path}`;
  const headers: Record<string, string> = { "user-agent": "security-suite" };
  if (call.apiKey) headers.authorization = `Bearer ${call.apiKey}`;
  const serialized = call.input === undefined ? undefined : JSON.stringify(superjson.serialize(call.input));
  let request: Request;
  if (call.type === "query") {
    request = new Request(serialized === undefined ? url : `${url}?input=${encodeURIComponent(serialized)}`, { headers });
  } else {
    // The portal's own pages send their origin; a cookie-authenticated mutation without it is refused.
    request = new Request(url, {
      method: "POST",
      headers: { ...headers, "content-type": "application/json", origin: "http://localhost" },
      body: serialized ?? "",
    });
  }
  return answerOf(await handleTRPCRequest(request, { session: call.session ?? null }));
}

export async function answerOf(response: Response): Promise<HttpAnswer> {
  const text = await response.text();
  let error: HttpAnswer["error"] = null;
  try {
    const body = JSON.parse(text) as { error?: { json?: { message: string; data: { code: string; domainCode?: string } } } };
    const json = body.error?.json;
    if (json) error = { code: json.data.code, message: json.message, domainCode: json.data.domainCode };
  } catch {
    // Not JSON (a PDF, an empty 204): no tRPC error shape.
  }
  return { status: response.status, text, error };
}
