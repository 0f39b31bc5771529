const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** Ids are uuid columns: anything else can't match a row, and Postgres would reject the cast. */
export function isUuid(value: string): boolean {
  return UUID.test(value);
}
