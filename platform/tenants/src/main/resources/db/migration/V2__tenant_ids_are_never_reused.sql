-- Every region and municipality id ever created, kept when the tenant is deleted (RETIRED_AT).
-- Module data is recorded under these ids in the plugins' schemas and may outlive the tenant, so
-- an id is given out once only: the primary key refuses a second creation, also under concurrency.
CREATE TABLE TENANT_ID (
    TENANT_KIND VARCHAR(16) NOT NULL,
    TENANT_ID VARCHAR(64) NOT NULL,
    NAME VARCHAR(200) NOT NULL,
    CREATED_AT TIMESTAMP NOT NULL,
    RETIRED_AT TIMESTAMP,
    PRIMARY KEY (TENANT_KIND, TENANT_ID)
);

INSERT INTO TENANT_ID (TENANT_KIND, TENANT_ID, NAME, CREATED_AT)
    SELECT 'REGION', ID, NAME, CREATED_AT FROM REGION;
INSERT INTO TENANT_ID (TENANT_KIND, TENANT_ID, NAME, CREATED_AT)
    SELECT 'MUNICIPALITY', ID, NAME, CREATED_AT FROM MUNICIPALITY;
