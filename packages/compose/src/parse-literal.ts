/**
 * Reads a JavaScript object/array literal of plain JSON data (unquoted keys, single quotes,
 * trailing commas allowed) without loading the TypeScript compiler, which would cost more
 * than the rest of compose together. Anything that is not data is refused.
 */
export type JsonValue = string | number | boolean | null | JsonValue[] | { [key: string]: JsonValue };

export class LiteralError extends Error {
  constructor(
    message: string,
    readonly offset: number,
  ) {
    super(message);
  }
}

export function parseLiteral(source: string, start: number): { value: JsonValue; end: number } {
  const reader = new Reader(source, start);
  const value = reader.value();
  return { value, end: reader.position };
}

const ESCAPES: Record<string, string> = { n: "\n", t: "\t", r: "\r", b: "\b", f: "\f", v: "\v", "0": "\0" };

class Reader {
  constructor(
    private readonly source: string,
    public position: number,
  ) {}

  /** A value, allowing a trailing `as const` (common on literal members). */
  value(): JsonValue {
    const result = this.bareValue();
    this.skipSpace();
    if (/^as\s+const\b/.test(this.source.slice(this.position, this.position + 12))) {
      this.position += /^as\s+const/.exec(this.source.slice(this.position))![0].length;
    }
    return result;
  }

  private bareValue(): JsonValue {
    this.skipSpace();
    const char = this.source[this.position];
    if (char === "{") return this.object();
    if (char === "[") return this.array();
    if (char === '"' || char === "'" || char === "`") return this.string();
    const number = /^-?(?:\d+\.?\d*|\.\d+)(?:[eE][+-]?\d+)?/.exec(this.source.slice(this.position, this.position + 40));
    if (number) {
      this.position += number[0].length;
      return Number(number[0]);
    }
    for (const [word, value] of [
      ["true", true],
      ["false", false],
      ["null", null],
    ] as const) {
      if (this.source.startsWith(word, this.position) && !/[\w$]/.test(this.source[this.position + word.length] ?? "")) {
        this.position += word.length;
        return value;
      }
    }
    throw new LiteralError("only plain JSON data is allowed (strings, numbers, booleans, null, arrays, objects)", this.position);
  }

  private object(): JsonValue {
    const result: Record<string, JsonValue> = {};
    this.position++;
    for (;;) {
      this.skipSpace();
      if (this.source[this.position] === "}") {
        this.position++;
        return result;
      }
      const key = this.key();
      this.skipSpace();
      if (this.source[this.position] !== ":") {
        throw new LiteralError(`"${key}" has no literal value (shorthand properties and variables are not plain data)`, this.position);
      }
      this.position++;
      result[key] = this.value();
      this.skipSpace();
      if (this.source[this.position] === ",") this.position++;
      else if (this.source[this.position] !== "}") throw new LiteralError('expected "," or "}"', this.position);
    }
  }

  private array(): JsonValue {
    const result: JsonValue[] = [];
    this.position++;
    for (;;) {
      this.skipSpace();
      if (this.source[this.position] === "]") {
        this.position++;
        return result;
      }
      result.push(this.value());
      this.skipSpace();
      if (this.source[this.position] === ",") this.position++;
      else if (this.source[this.position] !== "]") throw new LiteralError('expected "," or "]"', this.position);
    }
  }

  private key(): string {
    const char = this.source[this.position];
    if (char === '"' || char === "'") return this.string();
    const identifier = /^[A-Za-z_$][\w$]*|^\d+/.exec(this.source.slice(this.position, this.position + 200));
    if (!identifier) throw new LiteralError("expected a property name", this.position);
    this.position += identifier[0].length;
    return identifier[0];
  }

  private string(): string {
    const quote = this.source[this.position]!;
    const start = this.position++;
    let text = "";
    for (;;) {
      const char = this.source[this.position++];
      if (char === undefined || (char === "\n" && quote !== "`")) throw new LiteralError("unterminated string", start);
      if (char === quote) return text;
      if (quote === "`" && char === "$" && this.source[this.position] === "{") {
        throw new LiteralError("template literals with ${} are not plain data", start);
      }
      if (char !== "\\") {
        text += char;
        continue;
      }
      const escaped = this.source[this.position++] ?? "";
      if (escaped === "u") text += this.unicode();
      else if (escaped === "x") {
        text += String.fromCharCode(parseInt(this.source.slice(this.position, this.position + 2), 16));
        this.position += 2;
      } else if (escaped === "\n") continue;
      else text += ESCAPES[escaped] ?? escaped;
    }
  }

  private unicode(): string {
    if (this.source[this.position] === "{") {
      const close = this.source.indexOf("}", this.position);
      const code = parseInt(this.source.slice(this.position + 1, close), 16);
      this.position = close + 1;
      return String.fromCodePoint(code);
    }
    const code = parseInt(this.source.slice(this.position, this.position + 4), 16);
    this.position += 4;
    return String.fromCharCode(code);
  }

  /** Comments are already blanked by stripComments; only whitespace remains to skip. */
  private skipSpace(): void {
    while (/\s/.test(this.source[this.position] ?? "")) this.position++;
  }
}
