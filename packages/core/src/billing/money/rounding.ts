/**
 * The one rounding rule of billing: to the nearest minor unit, halves away from zero
 * (2.5 → 3, −2.5 → −3), applied once per computed line amount (a proration, a line's tax).
 * Totals are sums of already rounded lines and are never rounded again.
 */
export function roundHalfAwayFromZero(value: number): number {
  if (!Number.isFinite(value)) throw new RangeError(`Can't round ${value} to a minor unit.`);
  // `|| 0` turns −0 into 0 so a rounded credit of nothing compares equal to nothing.
  return Math.sign(value) * Math.round(Math.abs(value)) || 0;
}

/**
 * numerator / denominator of integers, rounded by the same rule but computed exactly in BigInt:
 * amount × rate products can exceed 2^53, and floats turn 1.005 into 1.00499…, which would round the wrong way.
 */
export function divideRounded(numerator: number | bigint, denominator: number | bigint): number {
  const n = BigInt(numerator);
  const d = BigInt(denominator);
  if (d === 0n) throw new RangeError("Division by zero.");
  const negative = n < 0n !== d < 0n;
  const absN = n < 0n ? -n : n;
  const absD = d < 0n ? -d : d;
  const quotient = absN / absD;
  const rounded = (absN % absD) * 2n >= absD ? quotient + 1n : quotient;
  const result = Number(negative ? -rounded : rounded);
  if (!Number.isSafeInteger(result)) throw new RangeError("Rounded amount is beyond the safe integer range.");
  return result || 0;
}
