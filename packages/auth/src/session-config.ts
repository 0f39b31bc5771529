/**
 * Auth.js JWT strategy timings. A token lives 15 minutes; Auth.js re-issues it when older than
 * updateAge, and the jwt callback re-checks isSessionCurrent then, so a revoked session dies within
 * minutes even though JWTs are stateless.
 */
export const SESSION_MAX_AGE_SECONDS = 15 * 60;
export const SESSION_UPDATE_AGE_SECONDS = 5 * 60;
