import { MigrationInterface, QueryRunner } from "typeorm";

/** Handover by board decision: uploaded files (minutes extracts, evidence), board decisions, handovers and their conditions. */
export class Handover1795641000000 implements MigrationInterface {
    name = 'Handover1795641000000'

    public async up(queryRunner: QueryRunner): Promise<void> {
        await queryRunner.query(`CREATE TABLE "uploaded_file" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "municipalityId" uuid NOT NULL, "fileName" character varying NOT NULL, "mimeType" character varying NOT NULL, "size" integer NOT NULL, "sha256" character(64) NOT NULL, "content" bytea NOT NULL, "uploadedAt" TIMESTAMP WITH TIME ZONE NOT NULL, "uploadedById" uuid NOT NULL, "uploadedByName" character varying NOT NULL, "attachedTo" character varying, "accountId" uuid, CONSTRAINT "PK_e2aa19a0c9b98da779d8eb571fa" PRIMARY KEY ("id"))`);
        await queryRunner.query(`CREATE INDEX "IDX_30cfb1feded2b1fd39b2eb468c" ON "uploaded_file" ("municipalityId", "uploadedAt")`);
        await queryRunner.query(`CREATE TABLE "board_decision" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "municipalityId" uuid NOT NULL, "boardId" uuid NOT NULL, "meetingDate" date NOT NULL, "paragraph" character varying NOT NULL, "diaryNumber" character varying NOT NULL, "decisionText" text NOT NULL, "outcome" character varying NOT NULL, "minutesFileId" uuid NOT NULL, "accountId" uuid, "registeredAt" TIMESTAMP WITH TIME ZONE NOT NULL, "registeredById" uuid NOT NULL, "registeredByName" character varying NOT NULL, "handoverId" uuid, "linkedAt" TIMESTAMP WITH TIME ZONE, CONSTRAINT "PK_d69cef45666f98b27b317ad353a" PRIMARY KEY ("id"))`);
        await queryRunner.query(`CREATE INDEX "IDX_4b21786c5f0f3e87318e7e5189" ON "board_decision" ("accountId")`);
        await queryRunner.query(`CREATE UNIQUE INDEX "IDX_d0eb76dde561499de658639e44" ON "board_decision" ("boardId", "meetingDate", "paragraph")`);
        await queryRunner.query(`CREATE TABLE "account_handover" ("id" uuid NOT NULL, "municipalityId" uuid NOT NULL, "accountId" uuid NOT NULL, "workflowId" character varying NOT NULL, "status" character varying NOT NULL, "boardId" uuid NOT NULL, "newOwnerKind" character varying NOT NULL, "newOwnerUnitId" uuid, "newOwnerName" character varying NOT NULL, "newOwnerContactName" character varying, "newOwnerEmail" character varying, "newOwnerPhone" character varying, "reason" text NOT NULL, "policyVersionId" uuid, "proposedAt" TIMESTAMP WITH TIME ZONE NOT NULL, "proposedById" uuid NOT NULL, "proposedByName" character varying NOT NULL, "proposedRole" character varying NOT NULL, "decisionDueAt" TIMESTAMP WITH TIME ZONE, "remindedAt" TIMESTAMP WITH TIME ZONE, "decisionId" uuid, "finalSnapshotKey" character varying, "finalSnapshotStatus" character varying, "lastReason" text, "endedAt" TIMESTAMP WITH TIME ZONE, CONSTRAINT "PK_5f912a35b406422f0a99b5d808d" PRIMARY KEY ("id"))`);
        await queryRunner.query(`CREATE INDEX "IDX_14457f817dcdc070a77376b7e4" ON "account_handover" ("municipalityId", "status")`);
        await queryRunner.query(`CREATE INDEX "IDX_3bcca3f125e625514e713b18d7" ON "account_handover" ("accountId", "proposedAt")`);
        await queryRunner.query(`CREATE TABLE "handover_item" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "handoverId" uuid NOT NULL, "key" character varying NOT NULL, "position" integer NOT NULL, "completedAt" TIMESTAMP WITH TIME ZONE, "completedById" uuid, "completedByName" character varying, "completedRole" character varying, "evidenceUrl" character varying, "evidenceNote" text, "evidenceFileId" uuid, "declineReason" text, CONSTRAINT "PK_120e7d6985bd18ece58eff0a00c" PRIMARY KEY ("id"))`);
        await queryRunner.query(`CREATE UNIQUE INDEX "IDX_57702300457804bbc188df81f6" ON "handover_item" ("handoverId", "key")`);
        await queryRunner.query(`ALTER TABLE "uploaded_file" ADD CONSTRAINT "FK_d0f7d42f2acc9f8c793fd1662d8" FOREIGN KEY ("municipalityId") REFERENCES "municipality"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`);
        await queryRunner.query(`ALTER TABLE "board_decision" ADD CONSTRAINT "FK_e962e164504018d686166725e5a" FOREIGN KEY ("municipalityId") REFERENCES "municipality"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`);
        await queryRunner.query(`ALTER TABLE "board_decision" ADD CONSTRAINT "FK_9171893543e88e643f9bd418e55" FOREIGN KEY ("boardId") REFERENCES "board"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`);
        await queryRunner.query(`ALTER TABLE "board_decision" ADD CONSTRAINT "FK_646ca8c6f662f7ca35b1f4a60f8" FOREIGN KEY ("minutesFileId") REFERENCES "uploaded_file"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`);
        await queryRunner.query(`ALTER TABLE "board_decision" ADD CONSTRAINT "FK_4b21786c5f0f3e87318e7e51898" FOREIGN KEY ("accountId") REFERENCES "account"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`);
        await queryRunner.query(`ALTER TABLE "account_handover" ADD CONSTRAINT "FK_50929a42a1740fed0bc1f8db72b" FOREIGN KEY ("accountId") REFERENCES "account"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`);
        await queryRunner.query(`ALTER TABLE "account_handover" ADD CONSTRAINT "FK_f2e55f2a722796af59d4bf9b9bc" FOREIGN KEY ("boardId") REFERENCES "board"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`);
        await queryRunner.query(`ALTER TABLE "account_handover" ADD CONSTRAINT "FK_7eec72a0e5d3170767a79985df3" FOREIGN KEY ("newOwnerUnitId") REFERENCES "unit"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`);
        await queryRunner.query(`ALTER TABLE "account_handover" ADD CONSTRAINT "FK_a567d5ea73fc0cea8f114bb4138" FOREIGN KEY ("decisionId") REFERENCES "board_decision"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`);
        await queryRunner.query(`ALTER TABLE "handover_item" ADD CONSTRAINT "FK_9f66eb4f978b486044bf0028871" FOREIGN KEY ("handoverId") REFERENCES "account_handover"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
        await queryRunner.query(`ALTER TABLE "handover_item" ADD CONSTRAINT "FK_d7b7b6eba06a16dfe573c47b1ed" FOREIGN KEY ("evidenceFileId") REFERENCES "uploaded_file"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`);
    }

    public async down(queryRunner: QueryRunner): Promise<void> {
        await queryRunner.query(`ALTER TABLE "handover_item" DROP CONSTRAINT "FK_d7b7b6eba06a16dfe573c47b1ed"`);
        await queryRunner.query(`ALTER TABLE "handover_item" DROP CONSTRAINT "FK_9f66eb4f978b486044bf0028871"`);
        await queryRunner.query(`ALTER TABLE "account_handover" DROP CONSTRAINT "FK_a567d5ea73fc0cea8f114bb4138"`);
        await queryRunner.query(`ALTER TABLE "account_handover" DROP CONSTRAINT "FK_7eec72a0e5d3170767a79985df3"`);
        await queryRunner.query(`ALTER TABLE "account_handover" DROP CONSTRAINT "FK_f2e55f2a722796af59d4bf9b9bc"`);
        await queryRunner.query(`ALTER TABLE "account_handover" DROP CONSTRAINT "FK_50929a42a1740fed0bc1f8db72b"`);
        await queryRunner.query(`ALTER TABLE "board_decision" DROP CONSTRAINT "FK_4b21786c5f0f3e87318e7e51898"`);
        await queryRunner.query(`ALTER TABLE "board_decision" DROP CONSTRAINT "FK_646ca8c6f662f7ca35b1f4a60f8"`);
        await queryRunner.query(`ALTER TABLE "board_decision" DROP CONSTRAINT "FK_9171893543e88e643f9bd418e55"`);
        await queryRunner.query(`ALTER TABLE "board_decision" DROP CONSTRAINT "FK_e962e164504018d686166725e5a"`);
        await queryRunner.query(`ALTER TABLE "uploaded_file" DROP CONSTRAINT "FK_d0f7d42f2acc9f8c793fd1662d8"`);
        await queryRunner.query(`DROP INDEX "public"."IDX_57702300457804bbc188df81f6"`);
        await queryRunner.query(`DROP TABLE "handover_item"`);
        await queryRunner.query(`DROP INDEX "public"."IDX_3bcca3f125e625514e713b18d7"`);
        await queryRunner.query(`DROP INDEX "public"."IDX_14457f817dcdc070a77376b7e4"`);
        await queryRunner.query(`DROP TABLE "account_handover"`);
        await queryRunner.query(`DROP INDEX "public"."IDX_d0eb76dde561499de658639e44"`);
        await queryRunner.query(`DROP INDEX "public"."IDX_4b21786c5f0f3e87318e7e5189"`);
        await queryRunner.query(`DROP TABLE "board_decision"`);
        await queryRunner.query(`DROP INDEX "public"."IDX_30cfb1feded2b1fd39b2eb468c"`);
        await queryRunner.query(`DROP TABLE "uploaded_file"`);
    }

}
