-- A municipality's population at 31 December of a year and its components, as SCB and SSB
-- publish them. Net change adds up across municipalities: a move from Luleå to Kiruna is an
-- out-move of one and an in-move of the other. The county split of domestic moves is optional
-- (SSB gives domestic moves as one figure; then they are all in *_COUNTRY).
CREATE TABLE POPULATION_YEAR (
    MUNICIPALITY_ID VARCHAR(64) NOT NULL,
    YEAR_COUNTED INT NOT NULL,
    POPULATION INT,
    BORN INT NOT NULL,
    DIED INT NOT NULL,
    IN_FROM_COUNTY INT,
    IN_FROM_COUNTRY INT NOT NULL,
    IN_FROM_ABROAD INT NOT NULL,
    OUT_TO_COUNTY INT,
    OUT_TO_COUNTRY INT NOT NULL,
    OUT_TO_ABROAD INT NOT NULL,
    ADJUSTMENT INT,
    SOURCE VARCHAR(200),
    VERSION BIGINT NOT NULL,
    UPDATED_AT TIMESTAMP NOT NULL,
    PRIMARY KEY (MUNICIPALITY_ID, YEAR_COUNTED)
);

-- What a target counts: the net population change (births, deaths, moves and adjustments) or
-- net migration alone. Norrbotten's 25,000-30,000 new residents are a net change.
ALTER TABLE POPULATION_TARGET ADD COLUMN MEASURE VARCHAR(16) NOT NULL DEFAULT 'NET_CHANGE';
