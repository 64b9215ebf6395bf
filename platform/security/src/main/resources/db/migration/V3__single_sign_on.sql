-- A sign-in through the OpenID Connect provider that has begun: the browser was sent to the
-- provider and comes back with the state. Only the state's SHA-256 is the key; a row lives ten
-- minutes at most and is deleted when used.
CREATE TABLE OIDC_LOGIN (
    STATE_HASH CHAR(64) NOT NULL PRIMARY KEY,
    CODE_VERIFIER VARCHAR(128) NOT NULL,
    NONCE VARCHAR(128) NOT NULL,
    REDIRECT_URI VARCHAR(1000) NOT NULL,
    CREATED_AT TIMESTAMP NOT NULL
);

-- A provider's subject is one person. A constraint, not a unique index: Derby's unique indexes
-- count NULLs as equal, and every person who signs in with a password has none here.
ALTER TABLE PERSON ADD CONSTRAINT PERSON_SSO_UNIQUE UNIQUE (SSO_ISSUER, SSO_SUBJECT);
