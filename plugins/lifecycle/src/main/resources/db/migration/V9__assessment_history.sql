-- "What did we actually achieve": a dated snapshot of a municipality's assessment, taken after
-- every change that alters it (its items, or its region's catalogue) and on demand. A snapshot
-- keeps what the matrix shows of each phase, so that the trend and the matrix as it stood on a
-- date are read back, not recomputed from today's catalogue. Only the last snapshot of a day is
-- kept: the trend is by day.
CREATE TABLE ASSESSMENT_SNAPSHOT (
    ID BIGINT NOT NULL GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    MUNICIPALITY_ID VARCHAR(64) NOT NULL,
    TAKEN_ON DATE NOT NULL,
    TAKEN_AT TIMESTAMP NOT NULL,
    EXAMPLE_DATA BOOLEAN NOT NULL
);
CREATE INDEX SNAPSHOT_BY_MUNICIPALITY_AND_DAY ON ASSESSMENT_SNAPSHOT (MUNICIPALITY_ID, TAKEN_ON, ID);

CREATE TABLE SNAPSHOT_PHASE (
    SNAPSHOT_ID BIGINT NOT NULL,
    PHASE VARCHAR(16) NOT NULL,
    STATE VARCHAR(16) NOT NULL,
    SCORE INT,
    WHITE_SPOTS INT NOT NULL,
    EXTRA_ITEMS INT NOT NULL,
    PRIMARY KEY (SNAPSHOT_ID, PHASE),
    CONSTRAINT PHASE_OF_SNAPSHOT FOREIGN KEY (SNAPSHOT_ID) REFERENCES ASSESSMENT_SNAPSHOT (ID) ON DELETE CASCADE
);

-- A region's own threshold for "under the threshold"; without a row, Samverka's suggestion (50).
CREATE TABLE REGION_SETTINGS (
    REGION_ID VARCHAR(64) NOT NULL PRIMARY KEY,
    THRESHOLD INT NOT NULL,
    VERSION BIGINT NOT NULL,
    UPDATED_AT TIMESTAMP NOT NULL
);
