-- What each role may do. Applied after every migration (while the roles
-- exist), so new tables never stay open or closed by accident.
REVOKE ALL ON ALL TABLES IN SCHEMA cocreatie FROM cocreatie_facilitator, cocreatie_coordinator;
GRANT USAGE ON SCHEMA cocreatie TO cocreatie_facilitator, cocreatie_coordinator;
GRANT SELECT ON cocreatie.archive_info, cocreatie.schema_migrations
    TO cocreatie_facilitator, cocreatie_coordinator;

-- Facilitator: publishes through the function, reads back its own versions.
GRANT EXECUTE ON FUNCTION cocreatie.publish_version(text, integer, jsonb, jsonb)
    TO cocreatie_facilitator;
GRANT SELECT ON cocreatie.session_versions TO cocreatie_facilitator;
DROP POLICY IF EXISTS facilitator_reads_own ON cocreatie.session_versions;
CREATE POLICY facilitator_reads_own ON cocreatie.session_versions
    FOR SELECT TO cocreatie_facilitator USING (publisher = session_user);

-- Coordinator: reads everything, writes nothing.
GRANT SELECT ON ALL TABLES IN SCHEMA cocreatie TO cocreatie_coordinator;
DROP POLICY IF EXISTS coordinator_reads_all ON cocreatie.session_versions;
CREATE POLICY coordinator_reads_all ON cocreatie.session_versions
    FOR SELECT TO cocreatie_coordinator USING (true);
