-- Schema version 1: every published version of a session, the latest
-- version of each session, and its actions as rows for the coordinator's
-- queries. Runs inside one transaction (see cocreatie/archive/schema.py).

CREATE TABLE cocreatie.archive_info (
    singleton boolean PRIMARY KEY DEFAULT true CHECK (singleton),
    -- Laptops remember which archive version a session derives from per
    -- archive, keyed by this id rather than by an address that can be
    -- spelled in many ways.
    archive_id uuid NOT NULL DEFAULT gen_random_uuid(),
    created_at timestamptz NOT NULL DEFAULT now()
);
INSERT INTO cocreatie.archive_info DEFAULT VALUES;

-- Append-only: a version is never updated or deleted by the program.
CREATE TABLE cocreatie.session_versions (
    session_id text NOT NULL,
    version integer NOT NULL CHECK (version > 0),
    parent_version integer,
    publisher text NOT NULL,
    published_at timestamptz NOT NULL DEFAULT now(),
    record jsonb NOT NULL,
    content_hash text NOT NULL,
    -- Set when the publisher's parent was not the latest version: the
    -- version this one conflicts with. Both are kept.
    conflicts_with integer,
    PRIMARY KEY (session_id, version)
);
CREATE INDEX session_versions_publisher ON cocreatie.session_versions (publisher);
ALTER TABLE cocreatie.session_versions ENABLE ROW LEVEL SECURITY;

CREATE TABLE cocreatie.sessions (
    session_id text PRIMARY KEY,
    latest_version integer NOT NULL,
    latest_hash text NOT NULL,
    title text NOT NULL,
    neighbourhood text NOT NULL,
    session_date date,
    FOREIGN KEY (session_id, latest_version)
        REFERENCES cocreatie.session_versions (session_id, version)
);

-- Only the latest version's actions: each action is counted once.
CREATE TABLE cocreatie.actions (
    session_id text NOT NULL REFERENCES cocreatie.sessions ON DELETE CASCADE,
    action_id text NOT NULL,
    version integer NOT NULL,
    session_title text NOT NULL,
    neighbourhood text NOT NULL,
    session_date date,
    title text NOT NULL,
    owner text NOT NULL,
    co_owner text NOT NULL,
    contact text NOT NULL,
    deadline date,
    feedback_date date,
    status text NOT NULL CHECK (status IN ('open', 'busy', 'done', 'dropped')),
    PRIMARY KEY (session_id, action_id)
);
-- "Feedback date passed" looks only at open and busy actions.
CREATE INDEX actions_overdue ON cocreatie.actions (feedback_date)
    WHERE status IN ('open', 'busy');
CREATE INDEX actions_status ON cocreatie.actions (status);

-- The one way in for a facilitator: it runs as the archive's owner, so it
-- can number versions and see conflicts across publishers, while the
-- facilitator itself can only read back its own versions.
CREATE FUNCTION cocreatie.publish_version(
    p_session_id text, p_parent integer, p_record jsonb, p_actions jsonb
)
RETURNS TABLE (
    outcome text,
    new_version integer,
    other_version integer,
    other_publisher text,
    other_published_at timestamptz,
    other_record jsonb
)
LANGUAGE plpgsql
SECURITY DEFINER
SET search_path = pg_catalog, pg_temp
AS $$
DECLARE
    v_hash text := encode(sha256(convert_to(p_record::text, 'UTF8')), 'hex');
    v_head cocreatie.sessions%ROWTYPE;
    v_known boolean;
    v_next integer;
    v_other cocreatie.session_versions%ROWTYPE;
BEGIN
    IF p_record ->> 'id' IS DISTINCT FROM p_session_id THEN
        RAISE EXCEPTION 'record id % does not match session %', p_record ->> 'id', p_session_id
            USING ERRCODE = 'invalid_parameter_value';
    END IF;
    -- One publisher at a time per session: version numbers stay gapless
    -- and a conflict is seen by whoever comes second.
    PERFORM pg_advisory_xact_lock(hashtextextended('cocreatie:' || p_session_id, 0));
    SELECT * INTO v_head FROM cocreatie.sessions s WHERE s.session_id = p_session_id;
    v_known := FOUND;
    IF v_known AND v_head.latest_hash = v_hash THEN
        RETURN QUERY SELECT 'unchanged'::text, v_head.latest_version,
            NULL::integer, NULL::text, NULL::timestamptz, NULL::jsonb;
        RETURN;
    END IF;
    v_next := COALESCE(v_head.latest_version, 0) + 1;
    IF v_known AND p_parent IS DISTINCT FROM v_head.latest_version THEN
        SELECT * INTO v_other FROM cocreatie.session_versions sv
            WHERE sv.session_id = p_session_id AND sv.version = v_head.latest_version;
    END IF;
    INSERT INTO cocreatie.session_versions
        (session_id, version, parent_version, publisher, record, content_hash, conflicts_with)
        VALUES (p_session_id, v_next, p_parent, session_user, p_record, v_hash, v_other.version);
    INSERT INTO cocreatie.sessions
        (session_id, latest_version, latest_hash, title, neighbourhood, session_date)
        VALUES (
            p_session_id, v_next, v_hash,
            COALESCE(p_record -> 'meta' ->> 'title', ''),
            COALESCE(p_record -> 'meta' ->> 'neighbourhood', ''),
            (p_record -> 'meta' ->> 'date')::date
        )
        ON CONFLICT (session_id) DO UPDATE SET
            latest_version = EXCLUDED.latest_version,
            latest_hash = EXCLUDED.latest_hash,
            title = EXCLUDED.title,
            neighbourhood = EXCLUDED.neighbourhood,
            session_date = EXCLUDED.session_date;
    DELETE FROM cocreatie.actions a WHERE a.session_id = p_session_id;
    INSERT INTO cocreatie.actions
        (session_id, action_id, version, session_title, neighbourhood, session_date,
         title, owner, co_owner, contact, deadline, feedback_date, status)
        SELECT p_session_id, x.action_id, v_next,
            COALESCE(p_record -> 'meta' ->> 'title', ''),
            COALESCE(p_record -> 'meta' ->> 'neighbourhood', ''),
            (p_record -> 'meta' ->> 'date')::date,
            x.title, x.owner, x.co_owner, x.contact, x.deadline, x.feedback_date, x.status
        FROM jsonb_to_recordset(p_actions) AS x(
            action_id text, title text, owner text, co_owner text, contact text,
            deadline date, feedback_date date, status text
        );
    RETURN QUERY SELECT
        CASE WHEN v_other.version IS NULL THEN 'new' ELSE 'conflict' END,
        v_next, v_other.version, v_other.publisher, v_other.published_at, v_other.record;
END
$$;
-- Functions are executable by everyone unless revoked.
REVOKE ALL ON FUNCTION cocreatie.publish_version(text, integer, jsonb, jsonb) FROM PUBLIC;
