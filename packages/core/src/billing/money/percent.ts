import { DomainError } from "../../errors";

/** Rates are millipercent: 19% = 19000, 8.875% = 8875, so every rate a tax office uses is an integer. */
export const MILLIPERCENT_PER_UNIT = 100_000;

/** "19" → 19000, "8.875" → 8875; at most three decimals, 0–100 %. */
export function parsePercent(percent: string, field = "rate"): number {
  const match = /^(\d{1,3})(?:\.(\d{1,3}))?$/.exec(percent.trim());
  const value = match ? Number(match[1]) * 1000 + Number((match[2] ?? "").padEnd(3, "0")) : Number.NaN;
  if (!(value >= 0 && value <= MILLIPERCENT_PER_UNIT)) {
    throw new DomainError("RATE_INVALID", `"${percent}" is not a percentage between 0 and 100 with at most 3 decimals (field: ${field}).`);
  }
  return value;
}

/** 19000 → "19", 8875 → "8.875". */
export function formatPercent(millipercent: number): string {
  const whole = Math.trunc(millipercent / 1000);
  const fraction = (millipercent % 1000).toString().padStart(3, "0").replace(/0+$/, "");
  return fraction ? `${whole}.${fraction}` : `${whole}`;
}
