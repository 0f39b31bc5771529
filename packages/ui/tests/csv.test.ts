import { describe, expect, it } from "vitest";
import { toCsv } from "../src/data-table/csv";

describe("toCsv", () => {
  it("writes a header and rows with CRLF, quoting commas, quotes and line breaks", () => {
    const text = toCsv(
      ["email", "name", "note"],
      [
        ["ada@x.test", "Lovelace, Ada", 'says "hi"'],
        ["b@x.test", null, "two\nlines"],
      ],
    );
    expect(text).toBe('email,name,note\r\nada@x.test,"Lovelace, Ada","says ""hi"""\r\nb@x.test,,"two\nlines"\r\n');
  });

  it("keeps numbers and booleans as they are and leaves empty values empty", () => {
    expect(toCsv(["a", "b", "c", "d"], [[-12, true, undefined, 0]])).toBe("a,b,c,d\r\n-12,true,,0\r\n");
  });

  it("defuses text a spreadsheet would run as a formula", () => {
    const text = toCsv(["name"], [['=HYPERLINK("http://evil")'], ["+1"], ["-2"], ["@SUM(A1)"], ["plain"]]);
    expect(text.split("\r\n").slice(1, 6)).toEqual(['"\'=HYPERLINK(""http://evil"")"', "'+1", "'-2", "'@SUM(A1)", "plain"]);
  });
});
