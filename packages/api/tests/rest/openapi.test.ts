import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createRateLimiter, setRateLimiter } from "@tillbox/rate-limit";
import { handleRestRequest, restRoutes } from "../../src/rest";
import { restRequest } from "./rest-fixtures";

type Doc = Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any

let doc: Doc;

beforeAll(async () => {
  setRateLimiter(createRateLimiter({ policies: { api: { points: 0, durationSeconds: 60 } } }));
  const response = await handleRestRequest(restRequest("/openapi.json"));
  expect(response.status).toBe(200);
  expect(response.headers.get("content-type")).toBe("application/json");
  doc = await response.json();
});
afterAll(() => setRateLimiter(undefined));

/** Every "$ref" in the document, with where it sits. */
function refs(node: unknown, at = "#"): { at: string; ref: string }[] {
  if (Array.isArray(node)) return node.flatMap((item, index) => refs(item, `${at}/${index}`));
  if (!node || typeof node !== "object") return [];
  return Object.entries(node).flatMap(([key, value]) => (key === "$ref" && typeof value === "string" ? [{ at, ref: value }] : refs(value, `${at}/${key}`)));
}

function resolvePointer(root: Doc, pointer: string): unknown {
  return pointer
    .replace(/^#\//, "")
    .split("/")
    .map((part) => part.replace(/~1/g, "/").replace(/~0/g, "~"))
    .reduce<unknown>((node, part) => (node && typeof node === "object" ? (node as Doc)[part] : undefined), root);
}

const methods = ["get", "put", "post", "delete", "options", "head", "patch", "trace"];
const operations = () =>
  Object.entries(doc.paths as Doc).flatMap(([path, item]) =>
    Object.entries(item as Doc)
      .filter(([method]) => methods.includes(method))
      .map(([method, op]) => ({ path, method, op: op as Doc })),
  );

describe("/api/v1/openapi.json", () => {
  it("is an OpenAPI 3.1 document with info, servers and the bearer scheme", () => {
    expect(doc.openapi).toMatch(/^3\.1\.\d+$/);
    expect(doc.jsonSchemaDialect).toBe("https://json-schema.org/draft/2020-12/schema");
    expect(doc.info).toMatchObject({ title: expect.any(String), version: expect.any(String) });
    expect(doc.servers).toEqual([{ url: "/api/v1" }]);
    expect(doc.components.securitySchemes.bearerAuth).toMatchObject({ type: "http", scheme: "bearer" });
    expect(doc.security).toEqual([{ bearerAuth: [] }]);
  });

  it("has a path per mapped route, each operation with a unique operationId, tags and responses", () => {
    for (const route of restRoutes) expect(doc.paths[route.path]?.[route.method.toLowerCase()], `${route.method} ${route.path}`).toBeDefined();
    const ops = operations();
    expect(ops.length).toBeGreaterThanOrEqual(restRoutes.length);
    const ids = ops.map(({ op }) => op.operationId);
    expect(ids.every((id) => typeof id === "string" && /^[A-Za-z][A-Za-z0-9]*$/.test(id))).toBe(true);
    expect(new Set(ids).size).toBe(ids.length);
    for (const { path, op } of ops) {
      expect(path.startsWith("/"), path).toBe(true);
      expect(op.tags.length, path).toBeGreaterThan(0);
      expect(
        Object.keys(op.responses).some((code) => /^2\d\d$/.test(code)),
        path,
      ).toBe(true);
      expect(op.responses.default, path).toBeDefined();
    }
  });

  it("declares every path template parameter as a required path parameter", () => {
    for (const { path, op } of operations()) {
      const templated = [...path.matchAll(/\{([^}]+)\}/g)].map((match) => match[1]);
      const declared = (op.parameters ?? []).filter((parameter: Doc) => parameter.in === "path");
      expect(declared.map((parameter: Doc) => parameter.name).sort(), path).toEqual(templated.sort());
      expect(declared.every((parameter: Doc) => parameter.required === true && parameter.schema)).toBe(true);
    }
  });

  it("marks public operations as needing no security and protected ones as answering 401/403", () => {
    expect(doc.paths["/health"].get.security).toEqual([]);
    const me = doc.paths["/me"].get;
    expect(me.security).toBeUndefined(); // inherits the document's bearerAuth
    expect(me["x-permission"]).toBe("signed-in");
    expect(me.responses["401"]).toEqual({ $ref: "#/components/responses/Unauthorized" });
    expect(doc.paths["/api-keys"].get["x-permission"]).toBe("api-keys:manage");
  });

  it("describes request bodies and PDFs from the procedures' schemas", () => {
    const patch = doc.paths["/me"].patch;
    const body = resolvePointer(doc, patch.requestBody.content["application/json"].schema.$ref) as Doc;
    expect(body.type).toBe("object");
    expect(Object.keys(body.properties)).toEqual(expect.arrayContaining(["name", "company", "billingAddress", "vatId", "country"]));
    expect(body.additionalProperties).toBe(false); // a strict object refuses unknown fields
    expect(patch.responses["400"]).toEqual({ $ref: "#/components/responses/BadRequest" });
    expect(doc.paths["/invoices/{invoiceId}/pdf"].get.responses["200"].content["application/pdf"].schema).toEqual({ type: "string", format: "binary" });
  });

  it("documents Idempotency-Key as a header, not a body field, on checkout, capture, refund and plan changes", () => {
    for (const [path, op] of [
      ["/checkout", doc.paths["/checkout"].post],
      ["/payments/{paymentId}/capture", doc.paths["/payments/{paymentId}/capture"].post],
      ["/payments/{paymentId}/refund", doc.paths["/payments/{paymentId}/refund"].post],
      ["/subscriptions/{subscriptionId}/change", doc.paths["/subscriptions/{subscriptionId}/change"].post],
    ]) {
      expect(op.parameters, path).toContainEqual(expect.objectContaining({ name: "Idempotency-Key", in: "header", required: true }));
      expect(op.responses["409"], path).toEqual({ $ref: "#/components/responses/Conflict" });
      const body = op.requestBody ? (resolvePointer(doc, op.requestBody.content["application/json"].schema.$ref) as Doc) : { properties: {} };
      expect(body.properties ?? {}, path).not.toHaveProperty("idempotencyKey");
      for (const param of path.match(/\{(\w+)\}/g) ?? []) expect(body.properties ?? {}, path).not.toHaveProperty(param.slice(1, -1));
    }
    expect(doc.paths["/payments/{paymentId}/refund"].post["x-permission"]).toBe("billing:refund");
  });

  it("lists a GET procedure's input fields as query parameters, dates as date-time strings", () => {
    const parameters = doc.paths["/invoices"].get.parameters as Doc[];
    expect(parameters.every((parameter) => parameter.in === "query")).toBe(true);
    expect(parameters.find((parameter) => parameter.name === "pageSize")?.schema).toMatchObject({ type: "integer", maximum: 100 });
    expect(parameters.find((parameter) => parameter.name === "from")?.schema).toEqual({ type: "string", format: "date-time" });
  });

  it("describes every JSON success response with the procedure's output schema, and every error with the error body", () => {
    for (const { path, method, op } of operations()) {
      const [status, success] = Object.entries(op.responses as Doc).find(([code]) => /^2\d\d$/.test(code))!;
      const json = (success as Doc).content?.["application/json"];
      if (!json) continue; // the PDFs
      const schema = resolvePointer(doc, json.schema.$ref ?? "#/missing") as Doc | undefined;
      expect(schema?.type ?? schema?.anyOf ?? schema?.allOf, `${method} ${path} ${status} has no response schema`).toBeDefined();
      for (const [code, response] of Object.entries(op.responses as Doc).filter(([code]) => !/^2\d\d$/.test(code))) {
        const error = resolvePointer(doc, (response as Doc).$ref) as Doc;
        expect(error.content["application/json"].schema, `${method} ${path} ${code}`).toEqual({ $ref: "#/components/schemas/Error" });
      }
    }
    const checkout = resolvePointer(doc, doc.paths["/checkout"].post.responses["201"].content["application/json"].schema.$ref) as Doc;
    expect(checkout.required).toEqual(expect.arrayContaining(["invoiceId", "status", "paymentId", "nextActionUrl"]));
    expect(doc.paths["/checkout"].post.responses["413"]).toEqual({ $ref: "#/components/responses/PayloadTooLarge" });
  });

  it("resolves every $ref inside the document", () => {
    const all = refs(doc);
    expect(all.length).toBeGreaterThan(0);
    for (const { at, ref } of all) {
      expect(ref.startsWith("#/"), at).toBe(true);
      expect(resolvePointer(doc, ref), `${at} → ${ref}`).toBeDefined();
    }
  });

  it("keeps no draft marker or $defs inside schemas (OpenAPI resolves refs against the document)", () => {
    const text = JSON.stringify(doc);
    expect(text).not.toContain('"$schema"');
    expect(text).not.toContain("#/$defs/");
  });
});
