-- The service runs as ${runtime_role}, a role that owns nothing: Flyway migrates as the owner of the tables.
-- So the running service cannot alter a table or disable a trigger, and it may never change or remove an
-- audit record (the append-only trigger of R__audit_trail.sql refuses that to the owner too).
GRANT USAGE ON SCHEMA public TO ${runtime_role};
GRANT SELECT, INSERT, UPDATE, DELETE ON ALL TABLES IN SCHEMA public TO ${runtime_role};
GRANT USAGE, SELECT ON ALL SEQUENCES IN SCHEMA public TO ${runtime_role};
ALTER DEFAULT PRIVILEGES IN SCHEMA public GRANT SELECT, INSERT, UPDATE, DELETE ON TABLES TO ${runtime_role};
ALTER DEFAULT PRIVILEGES IN SCHEMA public GRANT USAGE, SELECT ON SEQUENCES TO ${runtime_role};
REVOKE UPDATE, DELETE, TRUNCATE ON audit_record FROM ${runtime_role};
