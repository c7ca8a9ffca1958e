-- Schema version 3: an action carried into a follow-up session is one
-- action. Each row of cocreatie.actions gets the identity the data folder's
-- overview gives it (cocreatie/export/overview.py, Lineage): follow
-- carried_from back through the archived sessions to the first session;
-- a link to a session or action the archive does not hold ends the walk
-- there. Of all copies of one identity, the one in the newest session
-- (most hops from the first, then the later session date, then the later
-- creation) is the action as it stands: is_latest marks it, so the
-- coordinator's queries count each action once and still run on indexes.
--
-- Identities and is_latest are kept right by triggers on cocreatie.actions,
-- so a publish, a follow-up published before the session it follows, and
-- an administrator removing a session (README) all leave them true.

-- Action.carried_from is "<session id>/<action id>", split at the first
-- slash, both parts non-empty (followup.start.parse_carried_from).
CREATE FUNCTION cocreatie.action_origins(p_record jsonb)
RETURNS TABLE (action_id text, from_session text, from_action text)
LANGUAGE sql IMMUTABLE
AS $$
    SELECT a ->> 'id',
        CASE WHEN k.ok THEN split_part(c.cf, '/', 1) END,
        CASE WHEN k.ok THEN substr(c.cf, strpos(c.cf, '/') + 1) END
    FROM jsonb_array_elements(
            CASE WHEN jsonb_typeof(p_record -> 'actions') = 'array'
                THEN p_record -> 'actions' ELSE '[]'::jsonb END
        ) AS a,
        LATERAL (SELECT coalesce(a ->> 'carried_from', '') AS cf) AS c,
        LATERAL (SELECT strpos(c.cf, '/') > 1 AND strpos(c.cf, '/') < length(c.cf) AS ok) AS k
$$;

ALTER TABLE cocreatie.actions
    ADD COLUMN from_session text,
    ADD COLUMN from_action text,
    -- The folder's "newness" of the session: its date, else the day it was
    -- created, then its creation time (a tie of two follow-ups of one
    -- session on one day).
    ADD COLUMN session_when date,
    ADD COLUMN session_created timestamptz,
    -- "<first session id>/<action id>", and how many hops back that is.
    ADD COLUMN identity text,
    ADD COLUMN generation integer NOT NULL DEFAULT 0,
    ADD COLUMN is_latest boolean NOT NULL DEFAULT false;

-- Every row already here is rewritten below: far quicker without its
-- indexes, which are built again at the end (the overdue index changes).
DROP INDEX cocreatie.actions_people_trgm;
DROP INDEX cocreatie.actions_neighbourhood_trgm;
DROP INDEX cocreatie.actions_overdue;
DROP INDEX cocreatie.actions_status;

-- The rows come from the latest version of their session: its stored
-- record holds the creation time and the links.
UPDATE cocreatie.actions a SET
    from_session = k.from_session,
    from_action = k.from_action,
    session_when = coalesce(a.session_date, left(k.created, 10)::date),
    session_created = k.created::timestamptz,
    identity = a.session_id || '/' || a.action_id
FROM (
    -- Each record read once, not once per action (OFFSET 0 keeps it so).
    SELECT v.session_id, v.version, v.record ->> 'created' AS created,
        o.action_id, o.from_session, o.from_action
    FROM cocreatie.sessions s
        JOIN cocreatie.session_versions v
            ON v.session_id = s.session_id AND v.version = s.latest_version
        CROSS JOIN LATERAL cocreatie.action_origins(v.record) o
    OFFSET 0
) k
WHERE k.session_id = a.session_id AND k.version = a.version AND k.action_id = a.action_id;
-- A row whose action the record does not list (never written so): no link.
UPDATE cocreatie.actions a SET
    session_when = coalesce(a.session_date, left(v.record ->> 'created', 10)::date),
    session_created = (v.record ->> 'created')::timestamptz,
    identity = a.session_id || '/' || a.action_id
FROM cocreatie.session_versions v
WHERE v.session_id = a.session_id AND v.version = a.version AND a.identity IS NULL;

ALTER TABLE cocreatie.actions
    ALTER COLUMN session_when SET NOT NULL,
    ALTER COLUMN session_created SET NOT NULL,
    ALTER COLUMN identity SET NOT NULL;

-- The newest copy of each identity among the given sessions (NULL: all)
-- and identities (NULL: all). The one definition of "newest": the triggers
-- mark it for the whole archive, and `review --from A B` asks it for A and
-- B only, as the folder's overview does. Ties go to the first row in the
-- overview's order (OverviewRow.sort_key), as in the folder.
CREATE FUNCTION cocreatie.latest_copies(p_sessions text[], p_identities text[])
RETURNS SETOF cocreatie.actions
LANGUAGE sql STABLE
AS $$
    SELECT DISTINCT ON (a.identity) a.*
    FROM cocreatie.actions a
    WHERE (p_sessions IS NULL OR a.session_id = ANY (p_sessions))
        AND (p_identities IS NULL OR a.identity = ANY (p_identities))
    ORDER BY a.identity,
        a.generation DESC, a.session_when DESC, a.session_created DESC,
        a.feedback_date NULLS LAST, a.deadline NULLS LAST,
        lower(a.session_title) COLLATE "C", lower(a.title) COLLATE "C",
        (a.session_id || '/' || a.action_id) COLLATE "C"
$$;

-- Recompute the identity of the given actions (NULL: every action), of
-- every action carried from them, directly or through others, and then
-- is_latest of every identity touched, including `p_gone`: identities of
-- rows just removed.
CREATE FUNCTION cocreatie.relink_actions(p_sessions text[], p_actions text[], p_gone text[])
RETURNS void
LANGUAGE plpgsql
SET search_path = pg_catalog, pg_temp
-- Planned for the arrays at hand: a plan cached for any value could not
-- use the indexes behind "NULL or one of these". And no JIT: the planner
-- cannot tell how long a walk is, guesses it huge, and would spend a
-- second compiling what runs in milliseconds.
SET plan_cache_mode = force_custom_plan
SET jit = off
AS $$
DECLARE
    v_touched text[];
BEGIN
    -- Identities cross sessions: one relink at a time, each seeing the
    -- last one's work.
    PERFORM pg_advisory_xact_lock(hashtextextended('cocreatie:actions', 0));
    WITH RECURSIVE
    changed AS (
        SELECT k.session_id, k.action_id FROM unnest(p_sessions, p_actions) AS k(session_id, action_id)
    ),
    seeds AS (
        SELECT a.session_id, a.action_id FROM cocreatie.actions a
        WHERE p_sessions IS NULL
        UNION
        SELECT a.session_id, a.action_id FROM cocreatie.actions a
            JOIN changed c ON a.session_id = c.session_id AND a.action_id = c.action_id
        UNION
        SELECT a.session_id, a.action_id FROM cocreatie.actions a
            JOIN changed c ON a.from_session = c.session_id AND a.from_action = c.action_id
    ),
    closure (session_id, action_id) AS (
        SELECT s.session_id, s.action_id FROM seeds s
        UNION
        SELECT a.session_id, a.action_id FROM cocreatie.actions a
            JOIN closure c ON a.from_session = c.session_id AND a.from_action = c.action_id
    ),
    -- Back along the links while the archive holds the copy linked to;
    -- a link that returns to a copy already passed ends the walk, as in
    -- the folder.
    walk (start_session, start_action, at_session, at_action, hops, passed) AS (
        SELECT c.session_id, c.action_id, c.session_id, c.action_id, 0,
            ARRAY[c.session_id || '/' || c.action_id]
        FROM closure c
        UNION ALL
        SELECT w.start_session, w.start_action, x.from_session, x.from_action, w.hops + 1,
            w.passed || (x.from_session || '/' || x.from_action)
        FROM walk w
            -- One step by the primary key. As a plain join the planner,
            -- guessing the walk large, would hash the whole table each time;
            -- LIMIT keeps this a lookup.
            CROSS JOIN LATERAL (
                SELECT y.from_session, y.from_action FROM cocreatie.actions y
                WHERE y.session_id = w.at_session AND y.action_id = w.at_action
                    AND y.from_session IS NOT NULL
                LIMIT 1
            ) AS x
        WHERE NOT (x.from_session || '/' || x.from_action) = ANY (w.passed)
    ),
    ends AS (
        SELECT DISTINCT ON (w.start_session, w.start_action)
            w.start_session, w.start_action, w.at_session || '/' || w.at_action AS identity, w.hops
        FROM walk w
        ORDER BY w.start_session, w.start_action, w.hops DESC
    ),
    moves AS (
        SELECT e.start_session, e.start_action, e.identity, e.hops, a.identity AS was
        FROM ends e
            JOIN cocreatie.actions a ON a.session_id = e.start_session AND a.action_id = e.start_action
    ),
    moved AS (
        UPDATE cocreatie.actions a SET identity = m.identity, generation = m.hops
        FROM moves m
        WHERE a.session_id = m.start_session AND a.action_id = m.start_action
            AND (a.identity <> m.identity OR a.generation <> m.hops)
        RETURNING a.session_id
    )
    SELECT array_agg(DISTINCT t.identity) INTO v_touched
    FROM (
        SELECT m.identity FROM moves m
        UNION ALL SELECT m.was FROM moves m
        UNION ALL SELECT g FROM unnest(p_gone) AS g
    ) AS t (identity);

    IF p_sessions IS NULL THEN
        v_touched := NULL;  -- everything
    ELSIF v_touched IS NULL THEN
        RETURN;
    END IF;
    UPDATE cocreatie.actions a SET is_latest = NOT a.is_latest
    WHERE (v_touched IS NULL OR a.identity = ANY (v_touched))
        AND a.is_latest <> ((a.session_id, a.action_id) IN (
            SELECT l.session_id, l.action_id FROM cocreatie.latest_copies(NULL, v_touched) l
        ));
END
$$;
REVOKE ALL ON FUNCTION cocreatie.relink_actions(text[], text[], text[]) FROM PUBLIC;

CREATE FUNCTION cocreatie.actions_added() RETURNS trigger
LANGUAGE plpgsql
SET search_path = pg_catalog, pg_temp
AS $$
DECLARE
    v_sessions text[];
    v_actions text[];
BEGIN
    SELECT array_agg(n.session_id), array_agg(n.action_id) INTO v_sessions, v_actions FROM added n;
    IF v_sessions IS NOT NULL THEN  -- NULL: nothing was inserted
        PERFORM cocreatie.relink_actions(v_sessions, v_actions, '{}');
    END IF;
    RETURN NULL;
END
$$;

CREATE FUNCTION cocreatie.actions_removed() RETURNS trigger
LANGUAGE plpgsql
SET search_path = pg_catalog, pg_temp
AS $$
DECLARE
    v_sessions text[];
    v_actions text[];
    v_gone text[];
BEGIN
    SELECT array_agg(o.session_id), array_agg(o.action_id), array_agg(DISTINCT o.identity)
        INTO v_sessions, v_actions, v_gone FROM removed o;
    IF v_sessions IS NOT NULL THEN
        PERFORM cocreatie.relink_actions(v_sessions, v_actions, v_gone);
    END IF;
    RETURN NULL;
END
$$;
REVOKE ALL ON FUNCTION cocreatie.actions_added() FROM PUBLIC;
REVOKE ALL ON FUNCTION cocreatie.actions_removed() FROM PUBLIC;

-- Every action already archived, linked once; then the indexes (building
-- them after the rows are rewritten is quicker than keeping them up to date).
SELECT cocreatie.relink_actions(NULL, NULL, NULL);
-- Following links down (who was carried from this action?) and ranking the
-- copies of one identity.
CREATE INDEX actions_carried_from ON cocreatie.actions (from_session, from_action)
    WHERE from_session IS NOT NULL;
CREATE INDEX actions_identity ON cocreatie.actions (identity);
-- "Late" looks only at the action as it stands (the newest copy), not done,
-- with the feedback date or the deadline passed: one partial index each.
CREATE INDEX actions_overdue ON cocreatie.actions (feedback_date)
    WHERE is_latest AND status IN ('open', 'busy');
CREATE INDEX actions_overdue_deadline ON cocreatie.actions (deadline)
    WHERE is_latest AND status IN ('open', 'busy');
CREATE INDEX actions_status ON cocreatie.actions (status);
CREATE INDEX actions_people_trgm ON cocreatie.actions USING gin (people gin_trgm_ops);
CREATE INDEX actions_neighbourhood_trgm
    ON cocreatie.actions USING gin (neighbourhood_key gin_trgm_ops);

CREATE TRIGGER actions_added AFTER INSERT ON cocreatie.actions
    REFERENCING NEW TABLE AS added
    FOR EACH STATEMENT EXECUTE FUNCTION cocreatie.actions_added();
CREATE TRIGGER actions_removed AFTER DELETE ON cocreatie.actions
    REFERENCING OLD TABLE AS removed
    FOR EACH STATEMENT EXECUTE FUNCTION cocreatie.actions_removed();

-- Publishing fills the new columns; the triggers link the rows.
CREATE OR REPLACE FUNCTION cocreatie.publish_version(
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
    v_title text := COALESCE(p_record -> 'meta' ->> 'title', '');
    v_neighbourhood text := COALESCE(p_record -> 'meta' ->> 'neighbourhood', '');
    v_date date := (p_record -> 'meta' ->> 'date')::date;
    v_created timestamptz := (p_record ->> 'created')::timestamptz;
    v_head cocreatie.sessions%ROWTYPE;
    v_known boolean;
    v_next integer;
    v_other cocreatie.session_versions%ROWTYPE;
BEGIN
    IF p_record ->> 'id' IS DISTINCT FROM p_session_id THEN
        RAISE EXCEPTION 'record id % does not match session %', p_record ->> 'id', p_session_id
            USING ERRCODE = 'invalid_parameter_value';
    END IF;
    IF v_created IS NULL THEN
        RAISE EXCEPTION 'record % has no creation time', p_session_id
            USING ERRCODE = 'invalid_parameter_value';
    END IF;
    -- One publisher at a time per session: version numbers stay gapless
    -- and a conflict is seen by whoever comes second.
    PERFORM pg_advisory_xact_lock(hashtextextended('cocreatie:' || p_session_id, 0));
    -- Then one at a time for the archive's actions, whose identities cross
    -- sessions (taken here, before any row is locked, so two publishes
    -- wait for each other rather than deadlock).
    PERFORM pg_advisory_xact_lock(hashtextextended('cocreatie:actions', 0));
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
        VALUES (p_session_id, v_next, v_hash, v_title, v_neighbourhood, v_date)
        ON CONFLICT (session_id) DO UPDATE SET
            latest_version = EXCLUDED.latest_version,
            latest_hash = EXCLUDED.latest_hash,
            title = EXCLUDED.title,
            neighbourhood = EXCLUDED.neighbourhood,
            session_date = EXCLUDED.session_date;
    DELETE FROM cocreatie.actions a WHERE a.session_id = p_session_id;
    INSERT INTO cocreatie.actions
        (session_id, action_id, version, session_title, neighbourhood, session_date,
         title, owner, co_owner, contact, deadline, feedback_date, status,
         from_session, from_action, session_when, session_created, identity)
        SELECT p_session_id, x.action_id, v_next, v_title, v_neighbourhood, v_date,
            x.title, x.owner, x.co_owner, x.contact, x.deadline, x.feedback_date, x.status,
            o.from_session, o.from_action,
            coalesce(v_date, left(p_record ->> 'created', 10)::date), v_created,
            p_session_id || '/' || x.action_id  -- until the trigger links it
        FROM jsonb_to_recordset(p_actions) AS x(
            action_id text, title text, owner text, co_owner text, contact text,
            deadline date, feedback_date date, status text
        )
            LEFT JOIN cocreatie.action_origins(p_record) o ON o.action_id = x.action_id;
    RETURN QUERY SELECT
        CASE WHEN v_other.version IS NULL THEN 'new' ELSE 'conflict' END,
        v_next, v_other.version, v_other.publisher, v_other.published_at, v_other.record;
END
$$;
