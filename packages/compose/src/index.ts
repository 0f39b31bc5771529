export { compose, type ComposeOptions, type ComposeResult } from "./compose";
export { ComposeError } from "./errors";
export { APP_ZONES } from "./collect-code";
