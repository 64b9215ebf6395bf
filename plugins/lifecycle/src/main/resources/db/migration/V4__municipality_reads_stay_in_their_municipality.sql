-- A listing of one municipality's items in id order used the primary key's index and read every
-- row of the table, waiting for the locks of other municipalities' uncommitted rows: a large
-- CSV import into Kiruna held up Luleå's reads until it committed. These indexes let every query
-- of a municipality (or region) visit only its own rows.
CREATE INDEX ITEM_BY_MUNICIPALITY_AND_ID ON CAPACITY_ITEM (MUNICIPALITY_ID, ID);
CREATE INDEX ACTION_BY_MUNICIPALITY_AND_ID ON CAPACITY_ACTION (MUNICIPALITY_ID, ID);
CREATE INDEX PERSONA_BY_REGION_AND_ID ON PERSONA (REGION_ID, ID);
