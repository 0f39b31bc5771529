type Env = Record<string, string | undefined>;

export function contentSecurityPolicy(options: { development: boolean; nonce?: string; formAction?: readonly string[] }): string;
export function createNonce(): string;
export function pageSecurityPolicy(
  requestHeaders: Headers,
  env?: Env,
  options?: { formAction?: readonly string[] },
): { policy: string; nonce: string | null; requestHeaders: Headers };
export function securityHeaders(env?: Env): { key: string; value: string }[];
