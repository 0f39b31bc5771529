import fc from "fast-check";
import { handleRestRequest } from "../../../src";
import { handleTRPCRequest } from "../../../src/http";
import type { ResolvedRoute } from "../../../src/rest";
import type { RequestSession } from "../../../src/request-actor";
import { BODY_LIMIT_BYTES, type FuzzInput } from "./fuzz-cases";
import type { Pools } from "./schema-arbitrary";

/** What the fuzz sends: a request, and its text (a leak that merely echoes the request is not a leak). */
export interface Sent {
  response: Response;
  requestText: string;
}

const headersFor = (method: string): Record<string, string> =>
  // The pages' own origin: a signed-in change from elsewhere is refused before any procedure runs.
  method === "GET" ? { "user-agent": "fuzz" } : { "user-agent": "fuzz", "content-type": "application/json", origin: "http://localhost" };

/** Bodies broken at the transport: not JSON, not superjson's envelope, or superjson meta naming types and references that aren't there. */
export const rawBodies = [
  "",
  "{",
  "null",
  "[]",
  '"text"',
  "\u0000",
  '{"json":',
  '{"json":{},"meta":{"values":{"":["custom","nope"]}}}',
  '{"json":{"a":"x"},"meta":{"values":{"a":["Date"]}}}',
  '{"json":{"a":"1"},"meta":{"values":{"a":["bigint"]}}}',
  '{"json":{"a":{}},"meta":{"values":{"a":[["class","Nope"]]}}}',
  '{"json":[1,2],"meta":{"referentialEqualities":{"0":["1.2.3"]}}}',
  '{"json":{"a":{}},"meta":{"referentialEqualities":{"a":["__proto__.polluted"]}}}',
  '{"json":{"a":{}},"meta":{"values":{"__proto__.polluted":["Date"]}}}',
  `{"json":"${"x".repeat(BODY_LIMIT_BYTES + 1024)}"}`,
];

/** One tRPC call over handleTRPCRequest: queries as GET ?input=, mutations as a POSTed body, superjson's envelope unless raw. */
export async function sendTrpc(path: string, type: string, input: FuzzInput & { raw?: boolean }, session: RequestSession): Promise<Sent> {
  const wire = input.raw ? input.text : input.text === undefined ? undefined : `{"json":${input.text}}`;
  const url = `http://localhost/api/trpc/${path}`;
  const request =
    type === "query"
      ? new Request(wire === undefined ? url : `${url}?input=${encodeURIComponent(wire)}`, { headers: headersFor("GET") })
      : new Request(url, { method: "POST", headers: headersFor("POST"), body: wire ?? "" });
  return { response: await handleTRPCRequest(request, { session }), requestText: `${url} ${wire ?? ""}` };
}

/** Path parameters: existing ids, fresh uuids, any text, and what breaks URL decoding or goes past a segment. */
export function pathParameter(pools: Pools): fc.Arbitrary<string> {
  return fc.oneof(
    fc.constantFrom(...pools.ids).map(encodeURIComponent),
    fc.uuid().map(encodeURIComponent),
    fc.string({ maxLength: 40 }).map(encodeURIComponent),
    fc.constantFrom("%", "%00", "%E0%A4%A", "..", "%2e%2e%2f", "x".repeat(5_000), "-1", "1e309"),
  );
}

/** A query string from an input value: scalars as text, arrays as repeated keys, objects as JSON. */
function queryOf(input: FuzzInput): string {
  const value = input.value;
  if (!value || typeof value !== "object" || Array.isArray(value)) return input.text === undefined ? "" : `input=${encodeURIComponent(input.text)}`;
  const query = new URLSearchParams();
  for (const [key, field] of Object.entries(value)) {
    for (const item of Array.isArray(field) ? field : [field])
      query.append(key, typeof item === "object" && item !== null ? JSON.stringify(item) : String(item));
  }
  return query.toString();
}

/** One REST call over handleRestRequest: GET/DELETE read a query string, the others a JSON body. */
export async function sendRest(route: ResolvedRoute, params: string[], input: FuzzInput & { raw?: boolean }, session: RequestSession): Promise<Sent> {
  const path = route.pattern.params.reduce((template, name, index) => template.replace(`{${name}}`, params[index] ?? "x"), route.pattern.template);
  const readsQuery = route.method === "GET" || route.method === "DELETE";
  const url = `http://localhost/api/v1${path}${readsQuery ? `?${queryOf(input)}` : ""}`;
  const body = readsQuery ? undefined : (input.text ?? "");
  const response = await handleRestRequest(new Request(url, { method: route.method, headers: headersFor(route.method), body }), { session });
  return { response, requestText: `${decodeSafely(url)} ${body ?? ""}` };
}

function decodeSafely(url: string): string {
  try {
    return `${url} ${decodeURIComponent(url)}`;
  } catch {
    return url;
  }
}
