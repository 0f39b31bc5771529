import { copyFileSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";
import openapiTS, { astToString } from "openapi-typescript";
import ts from "typescript";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createRateLimiter, setRateLimiter } from "@tillbox/rate-limit";
import { handleRestRequest } from "../../src/rest";
import { restRequest } from "./rest-fixtures";

const fixtures = fileURLToPath(new URL("../fixtures/typed-client", import.meta.url));
let dir: string;
let errors: string[];

/** tsc's verdict on the programs next to the generated types: "file:line: message" per error. */
function compile(files: string[]): string[] {
  const options = {
    strict: true,
    noEmit: true,
    target: ts.ScriptTarget.ES2022,
    module: ts.ModuleKind.ESNext,
    moduleResolution: ts.ModuleResolutionKind.Bundler,
    lib: ["lib.es2022.d.ts"],
    types: [],
  };
  const program = ts.createProgram(
    files.map((file) => path.join(dir, file)),
    options,
  );
  return ts.getPreEmitDiagnostics(program).map((diagnostic) => {
    const line = diagnostic.file && diagnostic.start !== undefined ? diagnostic.file.getLineAndCharacterOfPosition(diagnostic.start).line + 1 : 0;
    return `${path.basename(diagnostic.file?.fileName ?? "")}:${line}: ${ts.flattenDiagnosticMessageText(diagnostic.messageText, " ")}`;
  });
}

beforeAll(async () => {
  setRateLimiter(
    createRateLimiter({
      policies: { api: { points: 0, durationSeconds: 60 } },
    }),
  );
  const response = await handleRestRequest(restRequest("/openapi.json"));
  expect(response.status).toBe(200);
  // What a client author does: generate types from the served document with openapi-typescript.
  const types = astToString(await openapiTS(await response.json()));
  dir = mkdtempSync(path.join(tmpdir(), "tillbox-typed-client-"));
  writeFileSync(path.join(dir, "api.generated.ts"), types);
  for (const file of readdirSync(fixtures)) copyFileSync(path.join(fixtures, file), path.join(dir, file));
  // One program for both files: the good one must compile clean, the wrong one must not.
  errors = compile(["program.ts", "wrong-program.ts"]);
}, 180_000);
afterAll(() => {
  setRateLimiter(undefined);
  if (dir) rmSync(dir, { recursive: true, force: true });
});

describe("a client generated from /api/v1/openapi.json", () => {
  it("types response bodies and error bodies: a program reading their fields compiles", () => {
    expect(errors.filter((error) => !error.startsWith("wrong-program.ts:"))).toEqual([]);
  });

  it("refuses a program that reads a response field with the wrong type or name", () => {
    expect(errors.filter((error) => error.startsWith("wrong-program.ts:"))).toEqual([
      expect.stringMatching(/^wrong-program\.ts:6: Type 'string' is not assignable to type 'number'/),
      expect.stringMatching(/^wrong-program\.ts:8: Property 'invoiceNumbr' does not exist/),
      expect.stringMatching(/^wrong-program\.ts:10: Type 'number' is not assignable to type 'string'/),
    ]);
  });
});
