import { readFileSync } from "node:fs";
import { expect, test } from "./support/fixtures";
import { demo } from "./support/env";

test("the owner sorts the user list by a column header, both ways, and exports it as CSV", async ({ ownerPage: page }) => {
  await page.goto("/users");
  const table = page.getByTestId("users-table");
  const emails = async () =>
    await table.locator("tbody tr").evaluateAll((rows) => rows.map((row) => row.getAttribute("data-testid")!.replace("user-row-", "")));

  // The server orders by its collation; first letters compare alike in every collation. The old
  // page stays on screen until the sorted one arrives, so wait for the order, not for the click.
  const firstLetters = async () => (await emails()).map((email) => email[0]!);
  const inOrder = (letters: string[], direction: 1 | -1) =>
    letters.length > 1 && letters.every((letter, index) => index === 0 || direction * letter.localeCompare(letters[index - 1]!) >= 0);
  const header = table.getByRole("columnheader", { name: "User" });
  await header.getByRole("button").click();
  await expect(page).toHaveURL(/[?&]sort=email\b/);
  await expect(header).toHaveAttribute("aria-sort", "ascending");
  await expect.poll(async () => inOrder(await firstLetters(), 1)).toBe(true);

  await header.getByRole("button").click();
  await expect(page).toHaveURL(/[?&]sort=-email\b/);
  await expect(header).toHaveAttribute("aria-sort", "descending");
  await expect.poll(async () => inOrder(await firstLetters(), -1)).toBe(true);

  const download = page.waitForEvent("download");
  await page.getByRole("button", { name: "Export CSV" }).click();
  const file = await download;
  expect(file.suggestedFilename()).toBe("users.csv");
  const text = readFileSync((await file.path())!, "utf8");
  expect(text.split("\r\n")[0]).toBe("\uFEFFemail,name,roles,status,last_sign_in_at,joined_at");
  expect(text).toContain(`${demo.owner.email},`);
});
