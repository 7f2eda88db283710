import { MigrationInterface, QueryRunner } from "typeorm";

/**
 * Tamper-evident audit log. Each audit_event carries its position in its municipality's chain, the previous event's
 * hash and its own: sha256(previous hash || canonical JSON of the row), computed by a trigger on insert so every
 * writer is covered. Events are append-only (a trigger refuses UPDATE, DELETE and TRUNCATE), and the role the API
 * and worker use (smg_api, a NOLOGIN group role; see README) has no UPDATE, DELETE or TRUNCATE on the table.
 * verifyAuditChain (audit-chain.ts) recomputes the chain with the same functions.
 */
export class AuditHashChain1795700000000 implements MigrationInterface {
    name = 'AuditHashChain1795700000000'

    public async up(queryRunner: QueryRunner): Promise<void> {
        await queryRunner.query(`ALTER TABLE "audit_event" ADD "chainIndex" bigint`);
        await queryRunner.query(`ALTER TABLE "audit_event" ADD "previousHash" character(64)`);
        await queryRunner.query(`ALTER TABLE "audit_event" ADD "hash" character(64)`);
        // Canonical: jsonb orders keys itself; the timestamp is written in UTC whatever the session's time zone.
        await queryRunner.query(`CREATE FUNCTION audit_event_content(e audit_event) RETURNS text LANGUAGE sql STABLE AS $$
            SELECT jsonb_build_object(
                'id', e.id::text, 'chainIndex', e."chainIndex"::text, 'idempotencyKey', e."idempotencyKey",
                'municipalityId', e."municipalityId", 'accountId', e."accountId", 'actorId', e."actorId",
                'actorName', e."actorName", 'actorRole', e."actorRole",
                'occurredAt', to_char(e."occurredAt" AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.US"Z"'),
                'action', e.action, 'fromStatus', e."fromStatus", 'toStatus', e."toStatus", 'reason', e.reason, 'data', e.data
            )::text
        $$`);
        await queryRunner.query(`CREATE FUNCTION audit_event_hash(previous text, e audit_event) RETURNS character(64) LANGUAGE sql STABLE AS $$
            SELECT encode(sha256(convert_to(coalesce(previous, '') || audit_event_content(e), 'UTF8')), 'hex')
        $$`);
        // Existing events, oldest first per municipality.
        await queryRunner.query(`DO $$
            DECLARE r audit_event; previous text; position bigint; municipality uuid;
            BEGIN
                FOR r IN SELECT * FROM audit_event ORDER BY "municipalityId", id LOOP
                    IF municipality IS DISTINCT FROM r."municipalityId" THEN
                        municipality := r."municipalityId"; previous := NULL; position := 0;
                    END IF;
                    position := position + 1;
                    r."chainIndex" := position;
                    r."previousHash" := previous;
                    UPDATE audit_event SET "chainIndex" = position, "previousHash" = previous, hash = audit_event_hash(previous, r)
                        WHERE id = r.id RETURNING hash INTO previous;
                END LOOP;
            END $$`);
        await queryRunner.query(`ALTER TABLE "audit_event" ALTER COLUMN "chainIndex" SET NOT NULL`);
        await queryRunner.query(`ALTER TABLE "audit_event" ALTER COLUMN "hash" SET NOT NULL`);
        await queryRunner.query(`CREATE UNIQUE INDEX "IDX_cf430b52d2f1677426c2571f96" ON "audit_event" ("municipalityId", "chainIndex") `);
        // One writer per municipality at a time (a transaction-scoped lock), so the chain never forks; the unique
        // index refuses a fork should it happen anyway.
        await queryRunner.query(`CREATE FUNCTION audit_event_chain() RETURNS trigger LANGUAGE plpgsql AS $$
            DECLARE last_index bigint; last_hash text;
            BEGIN
                PERFORM pg_advisory_xact_lock(hashtextextended('audit_event:' || NEW."municipalityId"::text, 0));
                SELECT "chainIndex", hash INTO last_index, last_hash FROM audit_event
                    WHERE "municipalityId" = NEW."municipalityId" ORDER BY "chainIndex" DESC LIMIT 1;
                NEW."chainIndex" := coalesce(last_index, 0) + 1;
                NEW."previousHash" := last_hash;
                NEW.hash := audit_event_hash(last_hash, NEW);
                RETURN NEW;
            END $$`);
        await queryRunner.query(`CREATE TRIGGER audit_event_chain BEFORE INSERT ON "audit_event" FOR EACH ROW EXECUTE FUNCTION audit_event_chain()`);
        await queryRunner.query(`CREATE FUNCTION audit_event_append_only() RETURNS trigger LANGUAGE plpgsql AS $$
            BEGIN
                RAISE EXCEPTION 'audit_event is append-only: % refused', TG_OP USING ERRCODE = 'insufficient_privilege';
            END $$`);
        await queryRunner.query(`CREATE TRIGGER audit_event_append_only BEFORE UPDATE OR DELETE ON "audit_event" FOR EACH ROW EXECUTE FUNCTION audit_event_append_only()`);
        await queryRunner.query(`CREATE TRIGGER audit_event_no_truncate BEFORE TRUNCATE ON "audit_event" FOR EACH STATEMENT EXECUTE FUNCTION audit_event_append_only()`);
        // The application's role: roles are per server, so it is created once and left alone by other databases'
        // migrations (which may run at the same time: tests migrate many databases in parallel).
        await queryRunner.query(`DO $$
            BEGIN
                IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = 'smg_api') THEN
                    BEGIN
                        CREATE ROLE smg_api NOLOGIN;
                    EXCEPTION WHEN duplicate_object OR unique_violation THEN NULL;
                    END;
                END IF;
            END $$`);
        await queryRunner.query(`GRANT USAGE ON SCHEMA public TO smg_api`);
        await queryRunner.query(`GRANT SELECT, INSERT, UPDATE, DELETE ON ALL TABLES IN SCHEMA public TO smg_api`);
        await queryRunner.query(`GRANT USAGE, SELECT ON ALL SEQUENCES IN SCHEMA public TO smg_api`);
        await queryRunner.query(`ALTER DEFAULT PRIVILEGES IN SCHEMA public GRANT SELECT, INSERT, UPDATE, DELETE ON TABLES TO smg_api`);
        await queryRunner.query(`ALTER DEFAULT PRIVILEGES IN SCHEMA public GRANT USAGE, SELECT ON SEQUENCES TO smg_api`);
        await queryRunner.query(`REVOKE UPDATE, DELETE, TRUNCATE ON "audit_event" FROM smg_api`);
    }

    public async down(queryRunner: QueryRunner): Promise<void> {
        await queryRunner.query(`ALTER DEFAULT PRIVILEGES IN SCHEMA public REVOKE USAGE, SELECT ON SEQUENCES FROM smg_api`);
        await queryRunner.query(`ALTER DEFAULT PRIVILEGES IN SCHEMA public REVOKE SELECT, INSERT, UPDATE, DELETE ON TABLES FROM smg_api`);
        await queryRunner.query(`REVOKE ALL ON ALL SEQUENCES IN SCHEMA public FROM smg_api`);
        await queryRunner.query(`REVOKE ALL ON ALL TABLES IN SCHEMA public FROM smg_api`);
        await queryRunner.query(`REVOKE USAGE ON SCHEMA public FROM smg_api`);
        await queryRunner.query(`DROP TRIGGER "audit_event_no_truncate" ON "audit_event"`);
        await queryRunner.query(`DROP TRIGGER "audit_event_append_only" ON "audit_event"`);
        await queryRunner.query(`DROP FUNCTION audit_event_append_only()`);
        await queryRunner.query(`DROP TRIGGER "audit_event_chain" ON "audit_event"`);
        await queryRunner.query(`DROP FUNCTION audit_event_chain()`);
        await queryRunner.query(`DROP INDEX "public"."IDX_cf430b52d2f1677426c2571f96"`);
        await queryRunner.query(`DROP FUNCTION audit_event_hash(text, audit_event)`);
        await queryRunner.query(`DROP FUNCTION audit_event_content(audit_event)`);
        await queryRunner.query(`ALTER TABLE "audit_event" DROP COLUMN "hash"`);
        await queryRunner.query(`ALTER TABLE "audit_event" DROP COLUMN "previousHash"`);
        await queryRunner.query(`ALTER TABLE "audit_event" DROP COLUMN "chainIndex"`);
    }
}
