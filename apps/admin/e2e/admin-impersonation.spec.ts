import { expect, test } from "./support/fixtures";
import { openUserDetail } from "./support/admin-users";
import { demo, WEB_URL } from "./support/env";
import { trpcData } from "./support/trpc";
import { userIdOf } from "./support/users";

// Open (issue 3): the hand-over into the portal only works when the browser already holds a
// portal session (Auth.js's update sets no cookie without one), and the portal has no banner yet.
test.fixme("the owner impersonates the customer under a banner and ends it with one click", async ({ ownerPage, ownerRequest }) => {
  await openUserDetail(ownerPage, demo.customer.email);
  await ownerPage.getByRole("button", { name: "Impersonate" }).click();
  await ownerPage.getByRole("dialog").getByRole("button", { name: "Start impersonation" }).click();

  // Handed over to the portal, acting as the customer, clearly bannered.
  await expect(ownerPage).toHaveURL(`${WEB_URL}/account`);
  const banner = ownerPage.getByTestId("impersonation-banner");
  await expect(banner).toContainText("You are viewing as");
  await expect(banner).toContainText(/customer/i);
  await expect(ownerPage.getByText(demo.customer.email).first()).toBeVisible();

  await banner.getByRole("button", { name: "End impersonation" }).click();
  await expect(ownerPage.getByTestId("impersonation-banner")).toHaveCount(0);
  // The portal session was the customer's only; it is gone, not left behind.
  await ownerPage.goto(`${WEB_URL}/account`);
  await expect(ownerPage).toHaveURL(/\/auth\/sign-in/);

  // The back-office session was never replaced, and the start is audited under the owner.
  const customerId = await userIdOf(ownerRequest, demo.customer.email);
  const audit = await trpcData<{ items: { action: string; actorEmail: string | null }[] }>(ownerRequest, "audit.list", {
    targetId: customerId,
    actionPrefix: "user.impersonate",
    limit: 10,
  });
  // Newest first: this run's stop and start (a reused dev database may hold older ones below).
  const [stop, start] = audit.items;
  expect(stop?.action).toBe("user.impersonate.stop");
  expect(start).toMatchObject({ action: "user.impersonate.start", actorEmail: demo.owner.email });
});
