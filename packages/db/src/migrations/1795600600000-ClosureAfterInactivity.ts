import { MigrationInterface, QueryRunner } from "typeorm";

/** Closure after inactivity: what the activity watch saw, inactivity episodes and closures with their evidence. */
export class ClosureAfterInactivity1795600600000 implements MigrationInterface {
    name = 'ClosureAfterInactivity1795600600000'

    public async up(queryRunner: QueryRunner): Promise<void> {
        await queryRunner.query(`CREATE TABLE "account_activity" ("accountId" uuid NOT NULL, "municipalityId" uuid NOT NULL, "lastPlatformActivityAt" TIMESTAMP WITH TIME ZONE, "lastReportedActivityAt" TIMESTAMP WITH TIME ZONE, "lastReportedByName" character varying, "checkedAt" TIMESTAMP WITH TIME ZONE, "checkProblem" text, "nextCheckAt" TIMESTAMP WITH TIME ZONE, "reviewAt" TIMESTAMP WITH TIME ZONE, "watchWorkflowId" character varying NOT NULL, CONSTRAINT "PK_625534fb5eb999972ec6824f0e2" PRIMARY KEY ("accountId"))`);
        await queryRunner.query(`CREATE INDEX "IDX_b025806f4605bda19496b18f93" ON "account_activity" ("municipalityId")`);
        await queryRunner.query(`CREATE TABLE "inactivity_episode" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "accountId" uuid NOT NULL, "municipalityId" uuid NOT NULL, "number" integer NOT NULL, "workflowId" character varying NOT NULL, "policyVersionId" uuid, "stage" character varying NOT NULL, "lastActivityAt" TIMESTAMP WITH TIME ZONE, "warnedAt" TIMESTAMP WITH TIME ZONE NOT NULL, "graceEndsAt" TIMESTAMP WITH TIME ZONE NOT NULL, "decisionRequestedAt" TIMESTAMP WITH TIME ZONE, "decisionDueAt" TIMESTAMP WITH TIME ZONE, "escalatedAt" TIMESTAMP WITH TIME ZONE, "opinion" text, "opinionByName" character varying, "opinionAt" TIMESTAMP WITH TIME ZONE, "decision" character varying, "decisionComment" text, "revivalPlan" text, "reviewAt" TIMESTAMP WITH TIME ZONE, "decidedById" uuid, "decidedByName" character varying, "decidedAt" TIMESTAMP WITH TIME ZONE, "revivedAt" TIMESTAMP WITH TIME ZONE, "revivalSource" character varying, "endedAt" TIMESTAMP WITH TIME ZONE, CONSTRAINT "PK_54274f1bbea8ecb55206e59600e" PRIMARY KEY ("id"))`);
        await queryRunner.query(`CREATE INDEX "IDX_8fc15ec74cc425b574e381d85d" ON "inactivity_episode" ("municipalityId", "stage")`);
        await queryRunner.query(`CREATE UNIQUE INDEX "IDX_3c7fcd4cbbfb3515a73bd5c27a" ON "inactivity_episode" ("accountId", "number")`);
        await queryRunner.query(`CREATE TABLE "account_closure" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "accountId" uuid NOT NULL, "municipalityId" uuid NOT NULL, "workflowId" character varying NOT NULL, "reason" character varying NOT NULL, "explanation" text, "episodeId" uuid, "requestedById" character varying NOT NULL, "requestedByName" character varying NOT NULL, "requestedRole" character varying NOT NULL, "requestedAt" TIMESTAMP WITH TIME ZONE NOT NULL, "stage" character varying NOT NULL, "snapshotKey" character varying NOT NULL, "snapshotWorkflowId" character varying NOT NULL, "snapshotStatus" character varying NOT NULL, "snapshotArchivedAt" TIMESTAMP WITH TIME ZONE, "credentialsDeposited" boolean NOT NULL DEFAULT false, "platformRemovedAt" TIMESTAMP WITH TIME ZONE, "platformRemovedByName" character varying, "platformRemovedRole" character varying, "platformRemovalUrl" character varying, "platformRemovalNote" text, "platformCheck" character varying, "credentialsDestroyedAt" TIMESTAMP WITH TIME ZONE, "credentialsDestroyedByName" character varying, "credentialsNote" text, "delistedAt" TIMESTAMP WITH TIME ZONE, "communicationsNotifiedAt" TIMESTAMP WITH TIME ZONE, "closedAt" TIMESTAMP WITH TIME ZONE, CONSTRAINT "PK_184527a342eb5cf3cd1aa6b9958" PRIMARY KEY ("id"))`);
        await queryRunner.query(`CREATE UNIQUE INDEX "IDX_60466364b85939241b8b2b3b39" ON "account_closure" ("accountId")`);
        await queryRunner.query(`CREATE INDEX "IDX_92e46ccefedc709596e8b322ea" ON "account_closure" ("municipalityId")`);
        await queryRunner.query(`ALTER TABLE "account_activity" ADD CONSTRAINT "FK_625534fb5eb999972ec6824f0e2" FOREIGN KEY ("accountId") REFERENCES "account"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
        await queryRunner.query(`ALTER TABLE "inactivity_episode" ADD CONSTRAINT "FK_70568938628c3a0771e17c9ec52" FOREIGN KEY ("accountId") REFERENCES "account"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`);
        await queryRunner.query(`ALTER TABLE "account_closure" ADD CONSTRAINT "FK_60466364b85939241b8b2b3b398" FOREIGN KEY ("accountId") REFERENCES "account"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`);
        await queryRunner.query(`ALTER TABLE "account_closure" ADD CONSTRAINT "FK_8b622ffdd8cd1ab3601822d419b" FOREIGN KEY ("episodeId") REFERENCES "inactivity_episode"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`);
    }

    public async down(queryRunner: QueryRunner): Promise<void> {
        await queryRunner.query(`ALTER TABLE "account_closure" DROP CONSTRAINT "FK_8b622ffdd8cd1ab3601822d419b"`);
        await queryRunner.query(`ALTER TABLE "account_closure" DROP CONSTRAINT "FK_60466364b85939241b8b2b3b398"`);
        await queryRunner.query(`ALTER TABLE "inactivity_episode" DROP CONSTRAINT "FK_70568938628c3a0771e17c9ec52"`);
        await queryRunner.query(`ALTER TABLE "account_activity" DROP CONSTRAINT "FK_625534fb5eb999972ec6824f0e2"`);
        await queryRunner.query(`DROP INDEX "public"."IDX_92e46ccefedc709596e8b322ea"`);
        await queryRunner.query(`DROP INDEX "public"."IDX_60466364b85939241b8b2b3b39"`);
        await queryRunner.query(`DROP TABLE "account_closure"`);
        await queryRunner.query(`DROP INDEX "public"."IDX_3c7fcd4cbbfb3515a73bd5c27a"`);
        await queryRunner.query(`DROP INDEX "public"."IDX_8fc15ec74cc425b574e381d85d"`);
        await queryRunner.query(`DROP TABLE "inactivity_episode"`);
        await queryRunner.query(`DROP INDEX "public"."IDX_b025806f4605bda19496b18f93"`);
        await queryRunner.query(`DROP TABLE "account_activity"`);
    }

}
