-- A region's matrix scores every municipality from its items' phase, status, catalogue entry and
-- demo mark. With all of them in one index, Derby reads the index alone: for a region of 290
-- municipalities with 100 items each, 29,000 index entries instead of as many table rows.
CREATE INDEX ITEM_SCORING ON CAPACITY_ITEM (MUNICIPALITY_ID, PHASE, STATUS, CATALOGUE_ENTRY_ID, DEMO, ID);
