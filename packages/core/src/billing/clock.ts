/**
 * Every billing decision asks a Clock for "now", never `new Date()`, so tests can walk a year of
 * renewals in a second and production uses the system time.
 */
export interface Clock {
  now(): Date;
}

export const systemClock: Clock = { now: () => new Date() };

export interface TestClock extends Clock {
  set(date: Date | string): void;
  advance(milliseconds: number): Date;
  advanceDays(days: number): Date;
}

export function createTestClock(start: Date | string = "2026-01-01T00:00:00.000Z"): TestClock {
  let current = new Date(start);
  return {
    now: () => new Date(current),
    set(date) {
      current = new Date(date);
    },
    advance(milliseconds) {
      current = new Date(current.getTime() + milliseconds);
      return new Date(current);
    },
    advanceDays(days) {
      return this.advance(days * 86_400_000);
    },
  };
}
