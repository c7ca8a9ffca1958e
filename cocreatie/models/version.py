"""The version of the session record's shape; bump it with a migration."""

SCHEMA_VERSION = 4
