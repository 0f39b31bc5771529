import type { Interval } from "./intervals";

export interface PlanValues {
  id?: string;
  slug: string;
  name: string;
  description: string;
  categoryId: string | null;
  interval: Interval;
  intervalCount: number;
  trialDays: number;
  tokenGrant: number;
  tokenRollover: boolean;
  features: Record<string, unknown>;
  position: number;
}

export const numberFields = [
  // Label and hint: app.catalogue.planField.<name>.
  { name: "intervalCount", min: 1, max: 52 },
  { name: "trialDays", min: 0, max: 730 },
  { name: "tokenGrant", min: 0, max: 1_000_000_000_000 },
  { name: "position", min: 0, max: 10_000 },
] as const;

/** Every field the plan form has an input for, as the server names them in errors. */
export const planFieldNames = [
  "slug",
  "name",
  "description",
  "categoryId",
  "interval",
  "tokenRollover",
  "features",
  ...numberFields.map((field) => field.name),
];
