export { assertMailConfig, createMailer, MailConfigError, type MailerOptions, type TillboxMailer } from "./mailer";
export { escapeHtml, renderMail, type RenderedMail } from "./render";
export {
  catalogues,
  defaultLocale,
  mailTemplates,
  optionalPlaceholders,
  resolveLocale,
  templatePlaceholders,
  type LocaleCatalogue,
  type TemplateCopy,
} from "./templates";
export { createDevTransport, firstUrl, type DevTransportOptions } from "./transports/dev-transport";
export { createSmtpTransport, type SmtpTransportOptions } from "./transports/smtp-transport";
export type { MailTransport, OutgoingMail } from "./transports/types";
export { getDevMessage, listDevMessages, type DevMessageSummary } from "./dev-mailbox";
export { getMailer, setMailer } from "./shared";
