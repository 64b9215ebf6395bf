-- Region Norrbotten's target group and population target, from its receiving-capacity project.
-- Drivers are stored one per line.
INSERT INTO PERSONA (REGION_ID, NAME, DESCRIPTION, DRIVERS, ORIGIN, VERSION, CREATED_AT, UPDATED_AT) VALUES (
    'norrbotten',
    'The global lifestyle migrant',
    'The responsible, curious lifestyle migrant ("den ansvarsfulla, nyfikna livsstilsmigranten") who chooses a place for the life it offers as much as for the job.',
    'Family matters greatly
Equal worth of all people
Protecting nature
Wants to help other people
Wants a healthy lifestyle
Strong interest in the environment',
    'Region Norrbotten, receiving capacity project',
    1, CURRENT_TIMESTAMP, CURRENT_TIMESTAMP);

INSERT INTO POPULATION_TARGET (REGION_ID, NEW_RESIDENTS_LOW, NEW_RESIDENTS_HIGH, BASE_YEAR, TARGET_YEAR, SOURCE, VERSION, UPDATED_AT)
VALUES ('norrbotten', 25000, 30000, 2024, 2030,
    'Norrbotten: The industrial transition and its socio-economic impacts (2024), commissioned by Region Norrbotten',
    1, CURRENT_TIMESTAMP);
