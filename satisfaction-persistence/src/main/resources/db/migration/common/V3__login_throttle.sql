-- Login throttling (OWASP ASVS 2.2.1): attempts counted per key in SQL, so parallel guesses cannot race
-- past the count. A key is an account name as typed, a client address, or the pair of both; it says
-- nothing about whether the account exists. next_allowed_at is epoch milliseconds (the same arithmetic
-- on H2 and PostgreSQL).
CREATE TABLE login_throttle (
    throttle_key    VARCHAR(200) PRIMARY KEY,
    attempts        INTEGER      NOT NULL,
    last_attempt_at BIGINT       NOT NULL,
    next_allowed_at BIGINT       NOT NULL
);

-- The per-account hard lock is replaced by the throttle above: a lock anyone could trigger was a weapon.
ALTER TABLE app_user DROP COLUMN failed_logins;
ALTER TABLE app_user DROP COLUMN locked_until;
