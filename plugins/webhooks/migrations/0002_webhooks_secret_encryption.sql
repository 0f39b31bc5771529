-- Signing secrets move to encrypted columns, and response excerpts shrink to a sanitised preview.
--
-- SQL can't encrypt: the key lives in TILLBOX_ENCRYPTION_KEY, never in the database. So the
-- columns are renamed (existing values stay, still plaintext "whsec_…") and the application
-- encrypts them: on the endpoint's next delivery, and in bulk by the webhooks retry cron, which
-- re-encrypts a batch of plaintext or old-key rows every minute. Plaintext keeps signing meanwhile.
ALTER TABLE "webhooks_endpoint" RENAME COLUMN "secret" TO "secret_encrypted";
ALTER TABLE "webhooks_endpoint" RENAME COLUMN "previous_secret" TO "previous_secret_encrypted";

-- The admin's hint ("whsec_…abcd") gets a column of its own so listing endpoints needs no key.
ALTER TABLE "webhooks_endpoint" ADD COLUMN "secret_hint" TEXT NOT NULL DEFAULT '';
UPDATE "webhooks_endpoint" SET "secret_hint" = 'whsec_…' || right("secret_encrypted", 4);

-- Excerpts stored so far are up to 2,000 unsanitised characters, possibly of an internal service's
-- answer (endpoint URLs were not checked for private addresses before): they are dropped, not kept.
UPDATE "webhooks_attempt" SET "response_body" = NULL WHERE "response_body" IS NOT NULL;
