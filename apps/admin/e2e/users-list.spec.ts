import { readFileSync } from "node:fs";
import { expect, test } from "./support/fixtures";
import { demo } from "./support/env";

test("the owner sorts the user list by a column header, both ways, and exports it as CSV", async ({ ownerPage: page }) => {
  await page.goto("/users");
  const table = page.getByTestId("users-table");
  const emails = async () =>
    await table.locator("tbody tr").evaluateAll((rows) => rows.map((row) => row.getAttribute("data-testid")!.replace("user-row-", "")));

  const header = table.getByRole("columnheader", { name: "User" });
  await header.getByRole("button").click();
  await expect(page).toHaveURL(/[?&]sort=email\b/);
  await expect(header).toHaveAttribute("aria-sort", "ascending");
  await expect(table.locator("tbody tr").nth(1)).toBeVisible();
  const ascending = await emails();

  await header.getByRole("button").click();
  await expect(page).toHaveURL(/[?&]sort=-email\b/);
  await expect(header).toHaveAttribute("aria-sort", "descending");
  // The server orders by its collation; letters at the start compare alike in every collation.
  await expect.poll(async () => (await emails())[0]).not.toBe(ascending[0]);
  const descending = await emails();
  expect(ascending[0]![0]! <= descending[0]![0]!).toBe(true);
  expect(ascending[0]![0]! <= ascending.at(-1)![0]!).toBe(true);

  const download = page.waitForEvent("download");
  await page.getByRole("button", { name: "Export CSV" }).click();
  const file = await download;
  expect(file.suggestedFilename()).toBe("users.csv");
  const text = readFileSync((await file.path())!, "utf8");
  expect(text.split("\r\n")[0]).toBe("\uFEFFemail,name,roles,status,last_sign_in_at,joined_at");
  expect(text).toContain(`${demo.owner.email},`);
});
