-- A workshop may focus on one capacity item of the municipality's lifecycle map (a white spot),
-- when the lifecycle module is there. The item lives in the lifecycle module's schema: no foreign
-- key, and a workshop whose item is gone keeps the id and shows no item.
ALTER TABLE WORKSHOP ADD COLUMN FOCUS_ITEM_ID BIGINT;
