-- Tokens may be issued for a number of days: after expires_at they authenticate nobody. Tokens issued before keep NULL, lasting until
-- revoked, as all tokens did.
ALTER TABLE access_tokens ADD COLUMN expires_at timestamptz CHECK (expires_at > created_at);
