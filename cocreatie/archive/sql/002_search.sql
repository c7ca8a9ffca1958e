-- Schema version 2: `actions --owner` and `--neighbourhood` search for a
-- part of a name. A trigram index serves such "contains" searches; without
-- it every search reads every action.

CREATE EXTENSION IF NOT EXISTS pg_trgm WITH SCHEMA cocreatie;

-- Owner, second owner and contact in one lower-cased text, so one index
-- serves the owner filter. The separator cannot be typed into a name.
ALTER TABLE cocreatie.actions
    ADD COLUMN people text GENERATED ALWAYS AS (
        lower(owner || E'\x1f' || co_owner || E'\x1f' || contact)
    ) STORED,
    ADD COLUMN neighbourhood_key text GENERATED ALWAYS AS (lower(neighbourhood)) STORED;

CREATE INDEX actions_people_trgm ON cocreatie.actions USING gin (people gin_trgm_ops);
CREATE INDEX actions_neighbourhood_trgm
    ON cocreatie.actions USING gin (neighbourhood_key gin_trgm_ops);
