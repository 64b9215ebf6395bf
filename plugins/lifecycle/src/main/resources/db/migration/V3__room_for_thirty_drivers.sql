-- A persona holds up to 30 drivers of 200 characters, one per line: 6,029 characters, more than
-- the 4,000 the column had.
ALTER TABLE PERSONA ALTER COLUMN DRIVERS SET DATA TYPE VARCHAR(6100);
