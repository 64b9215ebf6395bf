-- The capacity catalogue: what a region expects each of its municipalities to have in each phase,
-- so that every municipality is scored against the same expectations. An entry shipped with
-- Samverka keeps EXAMPLE_KEY (its title and description then come from the plugin's labels, in
-- the reader's language) until the region edits it; the region's own words are in TITLE.
-- A region-level resource (EURES, the regional visitors' board) is recorded once by the region,
-- with its status, and counts for the municipalities that rely on it (RELIED_ON_BY, one id per
-- line; null for every municipality of the region).
CREATE TABLE CATALOGUE_ENTRY (
    ID BIGINT NOT NULL GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    REGION_ID VARCHAR(64) NOT NULL,
    PHASE VARCHAR(16) NOT NULL,
    EXAMPLE_KEY VARCHAR(64),
    TITLE VARCHAR(200),
    DESCRIPTION VARCHAR(2000),
    REGION_LEVEL BOOLEAN NOT NULL DEFAULT FALSE,
    REGION_STATUS VARCHAR(16),
    RELIED_ON_BY VARCHAR(6000),
    VERSION BIGINT NOT NULL,
    CREATED_AT TIMESTAMP NOT NULL,
    UPDATED_AT TIMESTAMP NOT NULL
);
CREATE INDEX CATALOGUE_BY_REGION_AND_ID ON CATALOGUE_ENTRY (REGION_ID, ID);

-- A municipality's item may meet one entry of its region's catalogue; when the region removes
-- the entry, the item stays, as one of the municipality's own extra items.
ALTER TABLE CAPACITY_ITEM ADD COLUMN CATALOGUE_ENTRY_ID BIGINT;
ALTER TABLE CAPACITY_ITEM ADD CONSTRAINT ITEM_MEETS_ENTRY FOREIGN KEY (CATALOGUE_ENTRY_ID)
    REFERENCES CATALOGUE_ENTRY (ID) ON DELETE SET NULL;

-- Norrbotten's example catalogue. The in-mover service ("inflyttarservice/inflyttningslotsar",
-- which every Norrbotten municipality had) and EURES are named in the region's project; the rest
-- is Samverka's suggestion. EURES is a region-level resource whose status the region records.
INSERT INTO CATALOGUE_ENTRY (REGION_ID, PHASE, EXAMPLE_KEY, REGION_LEVEL, REGION_STATUS, VERSION, CREATED_AT, UPDATED_AT) VALUES
    ('norrbotten', 'INVENTORY', 'competence-needs', FALSE, NULL, 1, CURRENT_TIMESTAMP, CURRENT_TIMESTAMP),
    ('norrbotten', 'INVENTORY', 'housing-inventory', FALSE, NULL, 1, CURRENT_TIMESTAMP, CURRENT_TIMESTAMP),
    ('norrbotten', 'ATTRACT', 'place-story', FALSE, NULL, 1, CURRENT_TIMESTAMP, CURRENT_TIMESTAMP),
    ('norrbotten', 'ATTRACT', 'information-in-english', FALSE, NULL, 1, CURRENT_TIMESTAMP, CURRENT_TIMESTAMP),
    ('norrbotten', 'RECRUIT', 'eures', TRUE, 'IN_PLACE', 1, CURRENT_TIMESTAMP, CURRENT_TIMESTAMP),
    ('norrbotten', 'RECRUIT', 'partner-jobs', FALSE, NULL, 1, CURRENT_TIMESTAMP, CURRENT_TIMESTAMP),
    ('norrbotten', 'INTRODUCE', 'in-mover-service', FALSE, NULL, 1, CURRENT_TIMESTAMP, CURRENT_TIMESTAMP),
    ('norrbotten', 'INTRODUCE', 'housing-for-newcomers', FALSE, NULL, 1, CURRENT_TIMESTAMP, CURRENT_TIMESTAMP),
    ('norrbotten', 'WELCOME', 'meeting-places', FALSE, NULL, 1, CURRENT_TIMESTAMP, CURRENT_TIMESTAMP),
    ('norrbotten', 'ROOT', 'mentors-and-careers', FALSE, NULL, 1, CURRENT_TIMESTAMP, CURRENT_TIMESTAMP);
