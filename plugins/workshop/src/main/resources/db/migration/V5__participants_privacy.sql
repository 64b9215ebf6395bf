-- Participants are personal data: whether each agreed to be recorded, and a municipality's
-- retention period after which their names are removed (NULL: kept until erased). A participant
-- whose name was removed stays, without it (NAME_REMOVED), so the workshop's group size holds.
ALTER TABLE WORKSHOP_PARTICIPANT ALTER COLUMN NAME NULL;
ALTER TABLE WORKSHOP_PARTICIPANT ADD COLUMN CONSENT BOOLEAN DEFAULT FALSE NOT NULL;
ALTER TABLE WORKSHOP_PARTICIPANT ADD COLUMN NAME_REMOVED BOOLEAN DEFAULT FALSE NOT NULL;

CREATE TABLE WORKSHOP_SETTINGS (
    MUNICIPALITY_ID VARCHAR(64) NOT NULL PRIMARY KEY,
    RETENTION_DAYS INT,
    VERSION BIGINT NOT NULL,
    UPDATED_AT TIMESTAMP NOT NULL
);
