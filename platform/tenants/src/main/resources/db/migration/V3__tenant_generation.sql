-- One counter that every change to regions, municipalities or module enablements raises in its own
-- transaction. Each node keeps tenants and enablements in memory and drops its copy when its own
-- writes commit, or within a second when it sees the counter moved (a write by another node
-- sharing this database).
CREATE TABLE TENANT_GENERATION (
    ID SMALLINT NOT NULL PRIMARY KEY,
    GENERATION BIGINT NOT NULL
);

INSERT INTO TENANT_GENERATION (ID, GENERATION) VALUES (1, 1);
