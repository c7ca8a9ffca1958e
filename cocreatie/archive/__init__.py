"""The shared archive on PostgreSQL: publish sessions, read the municipality's
actions. No Textual here.

The driver (psycopg 3) is optional (``pip install 'cocreatie[archive]'``)
and imported only when a connection is made, so the rest of the program,
and counting the outbox, work without it.

    urls       the archive's address: from --to/--from or the environment; masking
    driver     connecting, and turning driver failures into archive errors
    schema     versioned migrations, run in one transaction
    access     the facilitator and coordinator roles
    record     what is published: the pseudonymised record, its action rows
    outbox     sessions waiting to be sent, in the data folder
    bases      which archive version a local session derives from
    travel     those versions in the JSON export, restored by import
    publish    publish one session or the outbox
    diff       which fields differ between two versions, readable
    query      the coordinator's views over the archive
    views      the archive's side of ``actions --from`` and ``review --from``
    source     the archive as a source for the review screens
    messages   outcomes of a publish in words
"""
