-- An action another module created (a workshop's decision, a note) records where it came from.
ALTER TABLE CAPACITY_ACTION ADD COLUMN ORIGIN_MODULE VARCHAR(64);
ALTER TABLE CAPACITY_ACTION ADD COLUMN ORIGIN_REFERENCE VARCHAR(200);
