import NextAuth, { type NextAuthResult } from "next-auth";
import { authConfig, type CreateAuthOptions } from "./auth-config";

export { authConfig, type CreateAuthOptions } from "./auth-config";

/** NextAuth for one app: `export const { handlers, auth, signIn, signOut, unstable_update } = createAuth({...})`. */
export function createAuth(options: CreateAuthOptions): NextAuthResult {
  // Lazy: secrets are read per request (a missing production secret fails the request, not the build),
  // and the OAuth callback sees its request (for the tenant).
  return NextAuth((request) => authConfig(options, request));
}
