-- A single sign-on begun in one browser finishes only in that browser: the SHA-256 of a value in
-- a short-lived cookie of that browser.
ALTER TABLE OIDC_LOGIN ADD COLUMN BROWSER_HASH CHAR(64);

-- Whether the person's role and scope came from the provider's claims (and go when the claims
-- no longer give them) or from an admin.
ALTER TABLE PERSON ADD COLUMN ROLE_FROM_CLAIMS BOOLEAN NOT NULL DEFAULT FALSE;
