import type { ProblemList } from "../errors";

/**
 * A line-based reader of Prisma schema blocks. Prisma's grammar puts every field, attribute
 * and closing brace on its own line, so this finds block boundaries exactly, keeps original
 * line numbers for error messages, and lets compose copy blocks verbatim. Deeper syntax and
 * semantics are checked by the Prisma engine on the composed schema.
 */
export interface SchemaLine {
  /** 1-based line number in the source file. */
  line: number;
  text: string;
}

export interface SchemaBlock {
  keyword: string;
  name: string;
  /** Line of `model X {`. */
  startLine: number;
  /** Line of the closing `}`. */
  endLine: number;
  /** First line of the comments directly above the block (its doc comment), else startLine. */
  leadingLine: number;
  body: SchemaLine[];
}

const BLOCK_START = /^\s*(model|enum|view|type|generator|datasource)\s+([A-Za-z][A-Za-z0-9_]*)\s*\{\s*(?:\/\/.*)?$/;
const BLOCK_END = /^\s*\}\s*(?:\/\/.*)?$/;
const COMMENT = /^\s*\/\//;

export function splitLines(text: string): string[] {
  return text.replace(/\r\n?/g, "\n").split("\n");
}

export function scanBlocks(text: string, file: string, problems: ProblemList): SchemaBlock[] {
  const lines = splitLines(text);
  const blocks: SchemaBlock[] = [];
  let open: SchemaBlock | undefined;
  let commentStart: number | undefined;
  lines.forEach((content, index) => {
    const line = index + 1;
    const start = BLOCK_START.exec(content);
    if (open) {
      if (BLOCK_END.test(content)) {
        open.endLine = line;
        blocks.push(open);
        open = undefined;
      } else if (start) {
        problems.add(`${file}:${open.startLine}: ${open.keyword} ${open.name} is not closed before line ${line}`);
        open = undefined;
      } else {
        open.body.push({ line, text: content });
      }
      if (open || !start) return;
    }
    if (start) {
      open = { keyword: start[1]!, name: start[2]!, startLine: line, endLine: line, leadingLine: commentStart ?? line, body: [] };
      commentStart = undefined;
    } else if (content.trim() === "") {
      commentStart = undefined;
    } else if (COMMENT.test(content)) {
      commentStart ??= line;
    } else {
      problems.add(`${file}:${line}: unexpected "${content.trim()}" (expected a model or enum block)`);
      commentStart = undefined;
    }
  });
  if (open) problems.add(`${file}:${open.startLine}: ${open.keyword} ${open.name} is not closed (missing "}")`);
  return blocks;
}

/** `name Type ...` lines of a model body; attributes, comments and blanks are skipped. */
export function fieldName(text: string): string | undefined {
  if (/^\s*(?:@@|\/\/)/.test(text)) return undefined;
  return /^\s*([A-Za-z_][A-Za-z0-9_]*)\s+\S/.exec(text)?.[1];
}

export function mappedName(block: SchemaBlock): string | undefined {
  for (const { text } of block.body) {
    const match = /^\s*@@map\(\s*(?:name\s*:\s*)?"([^"]*)"/.exec(text);
    if (match) return match[1];
  }
  return undefined;
}
