-- The audit trail (domain.md §6: every change is recorded with who, when and what, and the record
-- cannot be edited), the same in every service's own database. A repeatable migration, so that it
-- runs in each service after that service's own versioned migrations, whatever their numbers.
CREATE TABLE IF NOT EXISTS audit_record (
    id            bigint PRIMARY KEY,
    occurred_at   timestamptz  NOT NULL,
    actor         varchar(200) NOT NULL,
    action        varchar(100) NOT NULL,
    resource_type varchar(100) NOT NULL,
    resource_id   varchar(200) NOT NULL,
    changes       jsonb        NOT NULL
);
-- Keys from a sequence that hands out 50 at a time (Hibernate's pooled optimizer): a record is then
-- inserted with the transaction's other inserts, in one JDBC batch, instead of the moment it is
-- persisted, as an IDENTITY key forces. Databases made with the earlier IDENTITY key continue after
-- their highest record.
CREATE SEQUENCE IF NOT EXISTS audit_record_seq INCREMENT BY 50;
ALTER TABLE audit_record ALTER COLUMN id DROP IDENTITY IF EXISTS;
SELECT setval('audit_record_seq', max(id)) FROM audit_record
    HAVING max(id) >= (SELECT last_value FROM audit_record_seq);
CREATE INDEX IF NOT EXISTS audit_record_resource ON audit_record (resource_type, resource_id, id);
CREATE INDEX IF NOT EXISTS audit_record_occurred ON audit_record (occurred_at, id);

-- Append-only: the database itself refuses to change or remove a record, whoever asks.
CREATE OR REPLACE FUNCTION audit_record_is_append_only() RETURNS trigger AS $$
BEGIN
    RAISE EXCEPTION 'audit records are append-only: % refused', TG_OP USING ERRCODE = 'insufficient_privilege';
END;
$$ LANGUAGE plpgsql;

DROP TRIGGER IF EXISTS audit_record_no_update_or_delete ON audit_record;
CREATE TRIGGER audit_record_no_update_or_delete BEFORE UPDATE OR DELETE ON audit_record
    FOR EACH ROW EXECUTE FUNCTION audit_record_is_append_only();
DROP TRIGGER IF EXISTS audit_record_no_truncate ON audit_record;
CREATE TRIGGER audit_record_no_truncate BEFORE TRUNCATE ON audit_record
    FOR EACH STATEMENT EXECUTE FUNCTION audit_record_is_append_only();
