import { describe, expect, it } from "vitest";
import { featureList } from "./plan-features";

describe("featureList", () => {
  it("turns the plan's feature JSON into readable phrases and drops switched-off ones", () => {
    expect(featureList({ seats: 5, support: "email", api: true, sso: false, maxProjects: 3, custom_domain: true, nested: { a: 1 } })).toEqual([
      "Seats: 5",
      "Support: email",
      "Api",
      "Max projects: 3",
      "Custom domain",
    ]);
  });
});
