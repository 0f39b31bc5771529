import { describe, expect, it } from "vitest";
import { mailLinks } from "./mail-links";

describe("mailLinks", () => {
  it("lists each link once, without trailing punctuation", () => {
    const text = "Verify: http://localhost:3000/auth/verify?token=abc.\nOr (http://localhost:3000/auth/verify?token=abc) again, see https://tillbox.dev/help,";
    expect(mailLinks(text)).toEqual(["http://localhost:3000/auth/verify?token=abc", "https://tillbox.dev/help"]);
  });

  it("returns nothing for a message without links", () => {
    expect(mailLinks("Your password was changed.")).toEqual([]);
  });
});
