import { MigrationInterface, QueryRunner } from "typeorm";

/** Archiving runs, snapshots (one per account and period or occasion) and archived posts for records requests. */
export class Archiving1795500000000 implements MigrationInterface {
    name = 'Archiving1795500000000'

    public async up(queryRunner: QueryRunner): Promise<void> {
        await queryRunner.query(`CREATE TABLE "archiving_run" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "municipalityId" uuid NOT NULL, "period" character varying NOT NULL, "workflowId" character varying NOT NULL, "trigger" character varying NOT NULL, "startedByName" character varying, "status" character varying NOT NULL, "accountsDue" integer NOT NULL DEFAULT '0', "startedAt" TIMESTAMP WITH TIME ZONE NOT NULL, "finishedAt" TIMESTAMP WITH TIME ZONE, CONSTRAINT "PK_c83e85698ea95fd2701a6d60e1b" PRIMARY KEY ("id"))`);
        await queryRunner.query(`CREATE UNIQUE INDEX "IDX_96cdcb82b183e1e09affe442a2" ON "archiving_run" ("municipalityId", "period")`);
        await queryRunner.query(`CREATE TABLE "snapshot" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "municipalityId" uuid NOT NULL, "accountId" uuid NOT NULL, "runId" uuid, "reason" character varying NOT NULL, "snapshotKey" character varying NOT NULL, "workflowId" character varying NOT NULL, "status" character varying NOT NULL, "attempts" integer NOT NULL DEFAULT '0', "failureReason" text, "requestedAt" TIMESTAMP WITH TIME ZONE NOT NULL, "capturedAt" TIMESTAMP WITH TIME ZONE, "packageId" character varying, "storageKey" character varying, "files" jsonb NOT NULL DEFAULT '[]', "pdfaValidation" jsonb, "sipValidation" jsonb, "postCount" integer NOT NULL DEFAULT '0', "commentCount" integer NOT NULL DEFAULT '0', "acceptedAt" TIMESTAMP WITH TIME ZONE, "acceptedById" uuid, "acceptedByName" character varying, CONSTRAINT "PK_47b29c1a6055220b1ebdafdf7b5" PRIMARY KEY ("id"))`);
        await queryRunner.query(`CREATE INDEX "IDX_6cf316030c8f6b84611acc2f00" ON "snapshot" ("runId", "status")`);
        await queryRunner.query(`CREATE UNIQUE INDEX "IDX_e300b370886fc590cee05f7aaa" ON "snapshot" ("accountId", "snapshotKey")`);
        await queryRunner.query(`CREATE TABLE "archived_item" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "snapshotId" uuid NOT NULL, "municipalityId" uuid NOT NULL, "accountId" uuid NOT NULL, "kind" character varying NOT NULL, "externalId" character varying NOT NULL, "parentExternalId" character varying, "publishedAt" TIMESTAMP WITH TIME ZONE NOT NULL, "author" character varying, "text" text NOT NULL, "permalink" character varying, CONSTRAINT "PK_7a7da0865114603ea6b5b0db2fa" PRIMARY KEY ("id"))`);
        await queryRunner.query(`CREATE INDEX "IDX_17c4d65f9a8c8f82b4ea1cd901" ON "archived_item" ("accountId", "publishedAt")`);
        await queryRunner.query(`CREATE UNIQUE INDEX "IDX_c49b40f9a84e40baa7ee1d4550" ON "archived_item" ("snapshotId", "externalId")`);
        await queryRunner.query(`ALTER TABLE "archiving_run" ADD CONSTRAINT "FK_0710e8d615fd2a779a3e19ae9d9" FOREIGN KEY ("municipalityId") REFERENCES "municipality"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`);
        await queryRunner.query(`ALTER TABLE "snapshot" ADD CONSTRAINT "FK_894375fd9984be175736a1f1512" FOREIGN KEY ("accountId") REFERENCES "account"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`);
        await queryRunner.query(`ALTER TABLE "snapshot" ADD CONSTRAINT "FK_25770a113e518f8590c0bfde784" FOREIGN KEY ("runId") REFERENCES "archiving_run"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`);
        await queryRunner.query(`ALTER TABLE "archived_item" ADD CONSTRAINT "FK_ccd6e35b62312ad9cb91194bb4f" FOREIGN KEY ("snapshotId") REFERENCES "snapshot"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
        await queryRunner.query(`CREATE INDEX "IDX_archived_item_text_swedish" ON "archived_item" USING GIN (to_tsvector('swedish', "text"))`);
    }

    public async down(queryRunner: QueryRunner): Promise<void> {
        await queryRunner.query(`DROP INDEX "public"."IDX_archived_item_text_swedish"`);
        await queryRunner.query(`ALTER TABLE "archived_item" DROP CONSTRAINT "FK_ccd6e35b62312ad9cb91194bb4f"`);
        await queryRunner.query(`ALTER TABLE "snapshot" DROP CONSTRAINT "FK_25770a113e518f8590c0bfde784"`);
        await queryRunner.query(`ALTER TABLE "snapshot" DROP CONSTRAINT "FK_894375fd9984be175736a1f1512"`);
        await queryRunner.query(`ALTER TABLE "archiving_run" DROP CONSTRAINT "FK_0710e8d615fd2a779a3e19ae9d9"`);
        await queryRunner.query(`DROP INDEX "public"."IDX_c49b40f9a84e40baa7ee1d4550"`);
        await queryRunner.query(`DROP INDEX "public"."IDX_17c4d65f9a8c8f82b4ea1cd901"`);
        await queryRunner.query(`DROP TABLE "archived_item"`);
        await queryRunner.query(`DROP INDEX "public"."IDX_e300b370886fc590cee05f7aaa"`);
        await queryRunner.query(`DROP INDEX "public"."IDX_6cf316030c8f6b84611acc2f00"`);
        await queryRunner.query(`DROP TABLE "snapshot"`);
        await queryRunner.query(`DROP INDEX "public"."IDX_96cdcb82b183e1e09affe442a2"`);
        await queryRunner.query(`DROP TABLE "archiving_run"`);
    }

}
