-- A persona is kept in the language it was written in, with translations beside it.
ALTER TABLE PERSONA ADD COLUMN LANGUAGE VARCHAR(16) NOT NULL DEFAULT 'en';
ALTER TABLE PERSONA ADD COLUMN SUBTITLE VARCHAR(300);

CREATE TABLE PERSONA_TEXT (
    PERSONA_ID BIGINT NOT NULL REFERENCES PERSONA (ID) ON DELETE CASCADE,
    LANGUAGE VARCHAR(16) NOT NULL,
    NAME VARCHAR(200) NOT NULL,
    SUBTITLE VARCHAR(300),
    DESCRIPTION VARCHAR(2000),
    DRIVERS VARCHAR(4000) NOT NULL,
    PRIMARY KEY (PERSONA_ID, LANGUAGE)
);

-- Norrbotten's persona as its project wrote it, in Swedish, with English and Bokmål beside it.
-- Only the reference row as shipped is rewritten: a persona the region edited stays as it is.
INSERT INTO PERSONA_TEXT (PERSONA_ID, LANGUAGE, NAME, SUBTITLE, DRIVERS)
SELECT ID, 'en', 'The global in-mover', 'the responsible, curious lifestyle migrant',
    'Family matters greatly
Equal worth of all people matters
Protecting nature matters
Wants to help other people
Wants a healthy lifestyle
Strong interest in the environment'
FROM PERSONA WHERE REGION_ID = 'norrbotten' AND NAME = 'The global lifestyle migrant' AND VERSION = 1;

INSERT INTO PERSONA_TEXT (PERSONA_ID, LANGUAGE, NAME, SUBTITLE, DRIVERS)
SELECT ID, 'nb', 'Den globale innflytteren', 'den ansvarlige, nysgjerrige livsstilsmigranten',
    'Familien betyr mye
Viktig med alles like verdi
Viktig å verne om naturen
Vil hjelpe andre mennesker
Vil ha en sunn livsstil
Sterk miljøinteresse'
FROM PERSONA WHERE REGION_ID = 'norrbotten' AND NAME = 'The global lifestyle migrant' AND VERSION = 1;

UPDATE PERSONA SET LANGUAGE = 'sv', NAME = 'Den globala inflyttaren',
    SUBTITLE = 'den ansvarsfulla, nyfikna livsstilsmigranten', DESCRIPTION = NULL,
    DRIVERS = 'Familjen har stor betydelse
Viktigt med allas lika värde
Viktigt att värna om naturen
Vill hjälpa andra människor
Vill ha en hälsosam livsstil
Starkt miljöintresse'
WHERE REGION_ID = 'norrbotten' AND NAME = 'The global lifestyle migrant' AND VERSION = 1;
