import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { pathToFileURL } from "node:url";
import { describe, expect, it } from "vitest";
import { buildSignatureHeader } from "../server/signature";

// Receivers copy the README snippet; it must agree with what the sender actually produces.
// The plugin's README and the project README both carry it.
const readmes = [join(import.meta.dirname, "..", "README.md"), join(import.meta.dirname, "..", "..", "..", "README.md")];

describe("README verification snippet", () => {
  it.each(readmes)("in %s accepts our signatures and rejects tampered or stale ones", async (path) => {
    const readme = readFileSync(path, "utf8");
    const snippet = /```js\n([\s\S]*?)```/.exec(readme)?.[1];
    expect(snippet).toBeTruthy();
    const file = join(mkdtempSync(join(tmpdir(), "webhooks-readme-")), "verify.mjs");
    writeFileSync(file, snippet ?? "");
    const { verifyTillboxSignature } = (await import(pathToFileURL(file).href)) as {
      verifyTillboxSignature(secret: string, header: string, rawBody: string): boolean;
    };
    const body = JSON.stringify({ id: "evt", type: "invoice.paid", data: { amount: 1 } });
    const now = Math.floor(Date.now() / 1000);
    const header = buildSignatureHeader(["whsec_new", "whsec_old"], now, body);
    expect(verifyTillboxSignature("whsec_new", header, body)).toBe(true);
    expect(verifyTillboxSignature("whsec_old", header, body)).toBe(true);
    expect(verifyTillboxSignature("whsec_other", header, body)).toBe(false);
    expect(verifyTillboxSignature("whsec_new", header, `${body} `)).toBe(false);
    expect(verifyTillboxSignature("whsec_new", buildSignatureHeader(["whsec_new"], now - 301, body), body)).toBe(false);
  });
});
