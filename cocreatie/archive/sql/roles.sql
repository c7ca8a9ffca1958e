-- The two group roles of the archive. A person logs in with a role of their
-- own that is a member of one of them, for example:
--   CREATE ROLE anna LOGIN PASSWORD '...' IN ROLE cocreatie_facilitator;
--   CREATE ROLE karim LOGIN PASSWORD '...' IN ROLE cocreatie_coordinator;
DO $$
BEGIN
    IF NOT EXISTS (SELECT FROM pg_roles WHERE rolname = 'cocreatie_facilitator') THEN
        CREATE ROLE cocreatie_facilitator NOLOGIN;
    END IF;
    IF NOT EXISTS (SELECT FROM pg_roles WHERE rolname = 'cocreatie_coordinator') THEN
        CREATE ROLE cocreatie_coordinator NOLOGIN;
    END IF;
END
$$;
