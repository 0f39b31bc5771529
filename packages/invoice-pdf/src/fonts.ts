import { fileURLToPath } from "node:url";
import { Font } from "@react-pdf/renderer";
import { openSync } from "fontkit";

/**
 * Noto Sans, embedded (react-pdf subsets it: only the glyphs a document uses go into the PDF).
 * Customers and sellers are named in Polish, Czech, Turkish, Greek, Cyrillic…, which the built-in
 * Helvetica (WinAnsi only) can't print. Why this package: react-pdf registers one file per
 * weight/style, so each weight must be a single file covering Latin Extended, Greek and Cyrillic.
 * @fontsource/noto-sans splits every weight into per-script subsets (latin, latin-ext, greek,
 * cyrillic…, each missing the others' letters); @expo-google-fonts/noto-sans ships Google Fonts'
 * complete static TTFs (Latin, Latin Extended, Vietnamese, Greek, Cyrillic in one file), and TTF
 * is fontkit's native format (no WOFF/WOFF2 decoding). Noto Sans is also narrower than DejaVu
 * Sans, the other single-file candidate, so the layout stays close to what it was with Helvetica.
 */
export const FONT_FAMILY = "Noto Sans";

// `new URL(relative path, import.meta.url)` rather than createRequire().resolve(): under tsx and
// vitest it is the installed file (pnpm links each direct dependency into this package's
// node_modules); in the Next.js apps, which transpile and bundle this package, Turbopack copies
// the file into .next/server/assets and the URL points there. Turbopack fails the build on
// `require.resolve` of a .ttf ("Unknown module type"). Either way nothing is fetched.
// Resolved on first use, not at import: every API route imports this module, and a page that
// never renders a PDF must not fail because of a font. The bundler's URL may come from another
// realm (fileURLToPath rejects it), so its href is what is converted.
const filePath = (url: URL | string) => fileURLToPath(typeof url === "string" ? url : url.href);
let files: { regular: string; bold: string } | undefined;

function fontFiles(): { regular: string; bold: string } {
  if (!files) {
    files = {
      regular: filePath(new URL("../node_modules/@expo-google-fonts/noto-sans/400Regular/NotoSans_400Regular.ttf", import.meta.url)),
      bold: filePath(new URL("../node_modules/@expo-google-fonts/noto-sans/700Bold/NotoSans_700Bold.ttf", import.meta.url)),
    };
    Font.register({
      family: FONT_FAMILY,
      fonts: [
        { src: files.regular, fontWeight: 400 },
        { src: files.bold, fontWeight: 700 },
      ],
    });
  }
  return files;
}

let ready: Promise<void> | undefined;

/**
 * Loads both weights once per process and creates every glyph the font maps from a character
 * before any document is drawn. Why: fontkit caches a glyph with the characters it was first
 * created for, react-pdf keeps one fontkit font for the process and writes those characters into
 * each PDF's ToUnicode map, and fontkit's subsetter creates the components of composite glyphs
 * without characters (ź = z + acute). An invoice with "Łódź" would otherwise leave "z" with no
 * text in every later PDF: it still looks right but copies, searches and reads as "wrot" or "Ra".
 */
export function fontsReady(): Promise<void> {
  fontFiles();
  ready ??= Promise.all(
    [400, 700].map(async (fontWeight) => {
      const descriptor = { fontFamily: FONT_FAMILY, fontWeight };
      await Font.load(descriptor);
      const font = Font.getFont(descriptor).data;
      for (const codePoint of font?.characterSet ?? []) font?.glyphForCodePoint(codePoint);
    }),
  ).then(
    () => undefined,
    (error: unknown) => {
      ready = undefined;
      throw error;
    },
  );
  return ready;
}

let coverage: ((codePoint: number) => boolean) | undefined;

/** Whether the embedded font has a glyph for the character (regular and bold cover the same set). */
export function fontHasGlyph(char: string): boolean {
  if (!coverage) {
    const { regular } = fontFiles();
    const font = openSync(regular);
    if ("fonts" in font) throw new Error(`${regular} is a font collection, not a font`);
    coverage = (codePoint) => font.hasGlyphForCodePoint(codePoint);
  }
  return coverage(char.codePointAt(0)!);
}
