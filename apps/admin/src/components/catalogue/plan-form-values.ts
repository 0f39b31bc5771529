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
  { name: "intervalCount", label: "Every n periods", hint: "1 = every period; a one-time plan keeps 1.", min: 1, max: 52 },
  { name: "trialDays", label: "Trial days", hint: "0 = no trial.", min: 0, max: 730 },
  { name: "tokenGrant", label: "Tokens per period", hint: "Credited at the start of each period.", min: 0, max: 1_000_000_000_000 },
  { name: "position", label: "Position", hint: "Lower shows first.", min: 0, max: 10_000 },
] as const;

/** Every field the plan form has an input for, as the server names them in errors. */
export const planFieldNames = ["slug", "name", "description", "categoryId", "interval", "tokenRollover", "features", ...numberFields.map((field) => field.name)];
