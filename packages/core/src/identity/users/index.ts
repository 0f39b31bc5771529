export * from "./users-query";
export * from "./users-admin";
export * from "./impersonation";
export { userPatchSchema, type UserPatch } from "./user-profile-patch";
