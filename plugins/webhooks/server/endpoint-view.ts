interface EndpointRow {
  id: string;
  url: string;
  description: string;
  events: string[];
  enabled: boolean;
  secretHint: string;
  previousSecretEncrypted: string | null;
  previousSecretExpiresAt: Date | null;
  createdAt: Date;
  updatedAt: Date;
}

/**
 * What the API returns for an endpoint: never the secret itself, only a hint to tell them apart.
 * Nothing here needs the encryption key, so listing works even while a key is missing.
 */
export function toEndpointView(row: EndpointRow, now: Date = new Date()) {
  const rotating = row.previousSecretEncrypted !== null && row.previousSecretExpiresAt !== null && row.previousSecretExpiresAt > now;
  return {
    id: row.id,
    url: row.url,
    description: row.description,
    events: row.events,
    enabled: row.enabled,
    secretHint: row.secretHint,
    previousSecretExpiresAt: rotating ? row.previousSecretExpiresAt : null,
    createdAt: row.createdAt,
    updatedAt: row.updatedAt,
  };
}

export type EndpointView = ReturnType<typeof toEndpointView>;
