-- Reads of one municipality's notes in id order visit only its rows, never waiting for another
-- municipality's uncommitted ones.
CREATE INDEX NOTE_BY_MUNICIPALITY_AND_ID ON NOTE (MUNICIPALITY_ID, ID);
