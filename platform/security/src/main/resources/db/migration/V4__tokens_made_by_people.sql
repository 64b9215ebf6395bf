-- A token may be created by a signed-in person: 'person:<id>' is longer than a token's id.
ALTER TABLE TOKEN ALTER COLUMN CREATED_BY SET DATA TYPE VARCHAR(64);
