import { createRequire } from "node:module";
import { dirname, join } from "node:path";
import { getDocument } from "pdfjs-dist/legacy/build/pdf.mjs";

const require = createRequire(import.meta.url);
const standardFontDataUrl = join(dirname(require.resolve("pdfjs-dist/package.json")), "standard_fonts") + "/";

/**
 * The text of every page, read back by an independent PDF parser (pdf.js): one string per
 * visual line, pieces on the same line joined with a space, so assertions see what a reader sees.
 */
export async function pdfText(pdf: Buffer): Promise<{ pages: number; lines: string[]; text: string }> {
  const document = await getDocument({ data: new Uint8Array(pdf), standardFontDataUrl, isEvalSupported: false }).promise;
  const lines: string[] = [];
  for (let number = 1; number <= document.numPages; number++) {
    const content = await (await document.getPage(number)).getTextContent();
    const rows = new Map<number, { x: number; str: string }[]>();
    for (const item of content.items) {
      if (!("str" in item) || item.str.trim() === "") continue;
      const y = Math.round(item.transform[5] as number);
      rows.set(y, [...(rows.get(y) ?? []), { x: item.transform[4] as number, str: item.str }]);
    }
    for (const [, pieces] of [...rows.entries()].sort((a, b) => b[0] - a[0])) {
      lines.push(
        pieces
          .sort((a, b) => a.x - b.x)
          .map((piece) => piece.str)
          .join(" "),
      );
    }
  }
  await document.destroy();
  return { pages: document.numPages, lines, text: lines.join("\n") };
}
