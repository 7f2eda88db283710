import { MigrationInterface, QueryRunner } from "typeorm";

export class InitialSchema1795401434535 implements MigrationInterface {
    name = 'InitialSchema1795401434535'

    public async up(queryRunner: QueryRunner): Promise<void> {
        await queryRunner.query(`CREATE TABLE "municipality" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "name" character varying NOT NULL, "slug" character varying NOT NULL, "contactEmail" character varying, CONSTRAINT "PK_281ad341f20df7c41b83a182e2a" PRIMARY KEY ("id"))`);
        await queryRunner.query(`CREATE UNIQUE INDEX "IDX_2668c2b065903fda9e3fc4f543" ON "municipality" ("slug") `);
        await queryRunner.query(`CREATE TABLE "board" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "municipalityId" uuid NOT NULL, "name" character varying NOT NULL, CONSTRAINT "PK_865a0f2e22c140d261b1df80eb1" PRIMARY KEY ("id"))`);
        await queryRunner.query(`CREATE INDEX "IDX_9641016ff7fd3d7d86d82adcfe" ON "board" ("municipalityId") `);
        await queryRunner.query(`CREATE TABLE "administration" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "municipalityId" uuid NOT NULL, "boardId" uuid NOT NULL, "name" character varying NOT NULL, CONSTRAINT "PK_4e925be4386e71e4ba503fd9a33" PRIMARY KEY ("id"))`);
        await queryRunner.query(`CREATE INDEX "IDX_1895196a1840b39031f54c3925" ON "administration" ("municipalityId") `);
        await queryRunner.query(`CREATE TABLE "unit" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "municipalityId" uuid NOT NULL, "administrationId" uuid NOT NULL, "name" character varying NOT NULL, CONSTRAINT "PK_4252c4be609041e559f0c80f58a" PRIMARY KEY ("id"))`);
        await queryRunner.query(`CREATE INDEX "IDX_6ef78d8c4fc4514c82a5cbc7b7" ON "unit" ("municipalityId") `);
        await queryRunner.query(`CREATE INDEX "IDX_cc04ebce76000077cb1d4bb013" ON "unit" ("administrationId") `);
        await queryRunner.query(`CREATE TABLE "app_user" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "municipalityId" uuid NOT NULL, "name" character varying NOT NULL, "email" character varying NOT NULL, "phone" character varying, "externalSubject" character varying, CONSTRAINT "PK_22a5c4a3d9b2fb8e4e73fc4ada1" PRIMARY KEY ("id"))`);
        await queryRunner.query(`CREATE INDEX "IDX_e808a4be434de0c0353b026806" ON "app_user" ("municipalityId") `);
        await queryRunner.query(`CREATE UNIQUE INDEX "IDX_3fa909d0e37c531ebc23770339" ON "app_user" ("email") `);
        await queryRunner.query(`CREATE UNIQUE INDEX "IDX_58c2974e25cb437e3382fa9744" ON "app_user" ("externalSubject") `);
        await queryRunner.query(`CREATE TABLE "user_role" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "userId" uuid NOT NULL, "role" character varying NOT NULL, "unitId" uuid, "administrationId" uuid, CONSTRAINT "PK_fb2e442d14add3cefbdf33c4561" PRIMARY KEY ("id"))`);
        await queryRunner.query(`CREATE UNIQUE INDEX "IDX_2799d25239a14fc7b629157eaf" ON "user_role" ("userId", "role", "unitId", "administrationId") `);
        await queryRunner.query(`CREATE TABLE "account" ("id" uuid NOT NULL, "municipalityId" uuid NOT NULL, "unitId" uuid NOT NULL, "administrationId" uuid NOT NULL, "platform" character varying NOT NULL, "scope" character varying NOT NULL, "displayName" character varying NOT NULL, "handle" character varying, "webAddress" character varying NOT NULL, "functionalEmail" character varying NOT NULL, "status" character varying NOT NULL, "planRevision" integer NOT NULL DEFAULT '0', "pendingStep" character varying, "lastReason" text, "workflowId" character varying NOT NULL, "createdById" uuid NOT NULL, "createdAt" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updatedAt" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "activatedAt" TIMESTAMP WITH TIME ZONE, CONSTRAINT "PK_54115ee388cdb6d86bb4bf5b2ea" PRIMARY KEY ("id"))`);
        await queryRunner.query(`CREATE INDEX "IDX_2c64250384ab6154b4f563c5fc" ON "account" ("unitId") `);
        await queryRunner.query(`CREATE INDEX "IDX_c65d817fb63144da75dc80324f" ON "account" ("municipalityId", "status") `);
        await queryRunner.query(`CREATE TABLE "activity_plan" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "accountId" uuid NOT NULL, "revision" integer NOT NULL, "platform" character varying NOT NULL, "webAddress" character varying NOT NULL, "handle" character varying, "displayName" character varying NOT NULL, "activityDescription" text NOT NULL, "purpose" text NOT NULL, "targetAudiences" text NOT NULL, "goals" text NOT NULL, "needsAnalysis" text NOT NULL, "functionalEmail" character varying NOT NULL, "administrators" jsonb NOT NULL, "dailyOperators" jsonb NOT NULL, "monitoringHours" text NOT NULL, "publishingFrequency" text NOT NULL, "estimatedWeeklyHours" real NOT NULL, "other" text, "checklist" jsonb NOT NULL, "submittedAt" TIMESTAMP WITH TIME ZONE, "submittedById" uuid, CONSTRAINT "PK_b1034a8ea002217c0bedadd0bd8" PRIMARY KEY ("id"))`);
        await queryRunner.query(`CREATE UNIQUE INDEX "IDX_77f4bf688dec5fb885b235d2f7" ON "activity_plan" ("accountId", "revision") `);
        await queryRunner.query(`CREATE TABLE "approval_step" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "accountId" uuid NOT NULL, "planRevision" integer NOT NULL, "kind" character varying NOT NULL, "position" integer NOT NULL, "outcome" character varying NOT NULL, "decidedById" uuid, "decidedByName" character varying, "decidedRole" character varying, "decidedAt" TIMESTAMP WITH TIME ZONE, "reason" text, "dueAt" TIMESTAMP WITH TIME ZONE, "remindedAt" TIMESTAMP WITH TIME ZONE, "escalatedAt" TIMESTAMP WITH TIME ZONE, CONSTRAINT "PK_ce4e7284448d965d64c1b89ee39" PRIMARY KEY ("id"))`);
        await queryRunner.query(`CREATE UNIQUE INDEX "IDX_914019affeabe2a5ea13d7b498" ON "approval_step" ("accountId", "planRevision", "kind") `);
        await queryRunner.query(`CREATE TABLE "provisioning_item" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "accountId" uuid NOT NULL, "key" character varying NOT NULL, "position" integer NOT NULL, "completedAt" TIMESTAMP WITH TIME ZONE, "completedById" uuid, "completedByName" character varying, "evidence" jsonb, CONSTRAINT "PK_d8a3daffb078cde77e2a93b76f4" PRIMARY KEY ("id"))`);
        await queryRunner.query(`CREATE UNIQUE INDEX "IDX_f5964fcc54c92d594c848197b1" ON "provisioning_item" ("accountId", "key") `);
        await queryRunner.query(`CREATE TABLE "account_administrator" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "accountId" uuid NOT NULL, "name" character varying NOT NULL, "email" character varying NOT NULL, "twoFactorConfirmed" boolean NOT NULL DEFAULT false, CONSTRAINT "PK_bc93d7c2014d1e4b69aa142c47c" PRIMARY KEY ("id"))`);
        await queryRunner.query(`CREATE UNIQUE INDEX "IDX_ca6dd4cd88d8f0c9c6cfec4457" ON "account_administrator" ("accountId", "email") `);
        await queryRunner.query(`CREATE TABLE "audit_event" ("id" bigint GENERATED BY DEFAULT AS IDENTITY NOT NULL, "idempotencyKey" character varying NOT NULL, "municipalityId" uuid NOT NULL, "accountId" uuid, "actorId" character varying NOT NULL, "actorName" character varying NOT NULL, "actorRole" character varying NOT NULL, "occurredAt" TIMESTAMP WITH TIME ZONE NOT NULL, "action" character varying NOT NULL, "fromStatus" character varying, "toStatus" character varying, "reason" text, "data" jsonb, CONSTRAINT "PK_481efbe8b0a403efe3f47a6528f" PRIMARY KEY ("id"))`);
        await queryRunner.query(`CREATE UNIQUE INDEX "IDX_7c193560d3bbbe6abb86a73eff" ON "audit_event" ("idempotencyKey") `);
        await queryRunner.query(`CREATE INDEX "IDX_9396de54eb63324a7414d8f7d9" ON "audit_event" ("accountId", "occurredAt") `);
        await queryRunner.query(`CREATE TABLE "notification" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "idempotencyKey" character varying NOT NULL, "municipalityId" uuid NOT NULL, "accountId" uuid, "recipientUserId" uuid, "recipientRole" character varying NOT NULL, "kind" character varying NOT NULL, "message" text NOT NULL, "createdAt" TIMESTAMP WITH TIME ZONE NOT NULL, "readAt" TIMESTAMP WITH TIME ZONE, CONSTRAINT "PK_705b6c7cdf9b2c2ff7ac7872cb7" PRIMARY KEY ("id"))`);
        await queryRunner.query(`CREATE UNIQUE INDEX "IDX_d5d21ddb049fe238cea9d33a9f" ON "notification" ("idempotencyKey") `);
        await queryRunner.query(`CREATE INDEX "IDX_75b03b056266dc891a8b734c4e" ON "notification" ("recipientUserId", "createdAt") `);
        await queryRunner.query(`ALTER TABLE "board" ADD CONSTRAINT "FK_9641016ff7fd3d7d86d82adcfe9" FOREIGN KEY ("municipalityId") REFERENCES "municipality"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`);
        await queryRunner.query(`ALTER TABLE "administration" ADD CONSTRAINT "FK_1895196a1840b39031f54c3925a" FOREIGN KEY ("municipalityId") REFERENCES "municipality"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`);
        await queryRunner.query(`ALTER TABLE "administration" ADD CONSTRAINT "FK_7b4713646cb2e1879e16c2847f9" FOREIGN KEY ("boardId") REFERENCES "board"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`);
        await queryRunner.query(`ALTER TABLE "unit" ADD CONSTRAINT "FK_6ef78d8c4fc4514c82a5cbc7b7c" FOREIGN KEY ("municipalityId") REFERENCES "municipality"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`);
        await queryRunner.query(`ALTER TABLE "unit" ADD CONSTRAINT "FK_cc04ebce76000077cb1d4bb013f" FOREIGN KEY ("administrationId") REFERENCES "administration"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`);
        await queryRunner.query(`ALTER TABLE "app_user" ADD CONSTRAINT "FK_e808a4be434de0c0353b026806e" FOREIGN KEY ("municipalityId") REFERENCES "municipality"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`);
        await queryRunner.query(`ALTER TABLE "user_role" ADD CONSTRAINT "FK_ab40a6f0cd7d3ebfcce082131fd" FOREIGN KEY ("userId") REFERENCES "app_user"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
        await queryRunner.query(`ALTER TABLE "user_role" ADD CONSTRAINT "FK_0dada7148e648bfbf8750fdc212" FOREIGN KEY ("unitId") REFERENCES "unit"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
        await queryRunner.query(`ALTER TABLE "user_role" ADD CONSTRAINT "FK_040eea56baa2850e194e86b0a0d" FOREIGN KEY ("administrationId") REFERENCES "administration"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
        await queryRunner.query(`ALTER TABLE "account" ADD CONSTRAINT "FK_1d1fc0433188f786dc3a86fc25b" FOREIGN KEY ("municipalityId") REFERENCES "municipality"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`);
        await queryRunner.query(`ALTER TABLE "account" ADD CONSTRAINT "FK_2c64250384ab6154b4f563c5fcc" FOREIGN KEY ("unitId") REFERENCES "unit"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`);
        await queryRunner.query(`ALTER TABLE "account" ADD CONSTRAINT "FK_51f19c388fe2ed4f9b6968cc0d1" FOREIGN KEY ("administrationId") REFERENCES "administration"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`);
        await queryRunner.query(`ALTER TABLE "activity_plan" ADD CONSTRAINT "FK_35157712d0a19cfcc34989970f0" FOREIGN KEY ("accountId") REFERENCES "account"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
        await queryRunner.query(`ALTER TABLE "approval_step" ADD CONSTRAINT "FK_086126e70b4a7ced3b8c3d9d4e7" FOREIGN KEY ("accountId") REFERENCES "account"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
        await queryRunner.query(`ALTER TABLE "provisioning_item" ADD CONSTRAINT "FK_6db13b0bea8a084dc8215100837" FOREIGN KEY ("accountId") REFERENCES "account"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
        await queryRunner.query(`ALTER TABLE "account_administrator" ADD CONSTRAINT "FK_38424f3c79743ee24cbfd010834" FOREIGN KEY ("accountId") REFERENCES "account"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
    }

    public async down(queryRunner: QueryRunner): Promise<void> {
        await queryRunner.query(`ALTER TABLE "account_administrator" DROP CONSTRAINT "FK_38424f3c79743ee24cbfd010834"`);
        await queryRunner.query(`ALTER TABLE "provisioning_item" DROP CONSTRAINT "FK_6db13b0bea8a084dc8215100837"`);
        await queryRunner.query(`ALTER TABLE "approval_step" DROP CONSTRAINT "FK_086126e70b4a7ced3b8c3d9d4e7"`);
        await queryRunner.query(`ALTER TABLE "activity_plan" DROP CONSTRAINT "FK_35157712d0a19cfcc34989970f0"`);
        await queryRunner.query(`ALTER TABLE "account" DROP CONSTRAINT "FK_51f19c388fe2ed4f9b6968cc0d1"`);
        await queryRunner.query(`ALTER TABLE "account" DROP CONSTRAINT "FK_2c64250384ab6154b4f563c5fcc"`);
        await queryRunner.query(`ALTER TABLE "account" DROP CONSTRAINT "FK_1d1fc0433188f786dc3a86fc25b"`);
        await queryRunner.query(`ALTER TABLE "user_role" DROP CONSTRAINT "FK_040eea56baa2850e194e86b0a0d"`);
        await queryRunner.query(`ALTER TABLE "user_role" DROP CONSTRAINT "FK_0dada7148e648bfbf8750fdc212"`);
        await queryRunner.query(`ALTER TABLE "user_role" DROP CONSTRAINT "FK_ab40a6f0cd7d3ebfcce082131fd"`);
        await queryRunner.query(`ALTER TABLE "app_user" DROP CONSTRAINT "FK_e808a4be434de0c0353b026806e"`);
        await queryRunner.query(`ALTER TABLE "unit" DROP CONSTRAINT "FK_cc04ebce76000077cb1d4bb013f"`);
        await queryRunner.query(`ALTER TABLE "unit" DROP CONSTRAINT "FK_6ef78d8c4fc4514c82a5cbc7b7c"`);
        await queryRunner.query(`ALTER TABLE "administration" DROP CONSTRAINT "FK_7b4713646cb2e1879e16c2847f9"`);
        await queryRunner.query(`ALTER TABLE "administration" DROP CONSTRAINT "FK_1895196a1840b39031f54c3925a"`);
        await queryRunner.query(`ALTER TABLE "board" DROP CONSTRAINT "FK_9641016ff7fd3d7d86d82adcfe9"`);
        await queryRunner.query(`DROP INDEX "public"."IDX_75b03b056266dc891a8b734c4e"`);
        await queryRunner.query(`DROP INDEX "public"."IDX_d5d21ddb049fe238cea9d33a9f"`);
        await queryRunner.query(`DROP TABLE "notification"`);
        await queryRunner.query(`DROP INDEX "public"."IDX_9396de54eb63324a7414d8f7d9"`);
        await queryRunner.query(`DROP INDEX "public"."IDX_7c193560d3bbbe6abb86a73eff"`);
        await queryRunner.query(`DROP TABLE "audit_event"`);
        await queryRunner.query(`DROP INDEX "public"."IDX_ca6dd4cd88d8f0c9c6cfec4457"`);
        await queryRunner.query(`DROP TABLE "account_administrator"`);
        await queryRunner.query(`DROP INDEX "public"."IDX_f5964fcc54c92d594c848197b1"`);
        await queryRunner.query(`DROP TABLE "provisioning_item"`);
        await queryRunner.query(`DROP INDEX "public"."IDX_914019affeabe2a5ea13d7b498"`);
        await queryRunner.query(`DROP TABLE "approval_step"`);
        await queryRunner.query(`DROP INDEX "public"."IDX_77f4bf688dec5fb885b235d2f7"`);
        await queryRunner.query(`DROP TABLE "activity_plan"`);
        await queryRunner.query(`DROP INDEX "public"."IDX_c65d817fb63144da75dc80324f"`);
        await queryRunner.query(`DROP INDEX "public"."IDX_2c64250384ab6154b4f563c5fc"`);
        await queryRunner.query(`DROP TABLE "account"`);
        await queryRunner.query(`DROP INDEX "public"."IDX_2799d25239a14fc7b629157eaf"`);
        await queryRunner.query(`DROP TABLE "user_role"`);
        await queryRunner.query(`DROP INDEX "public"."IDX_58c2974e25cb437e3382fa9744"`);
        await queryRunner.query(`DROP INDEX "public"."IDX_3fa909d0e37c531ebc23770339"`);
        await queryRunner.query(`DROP INDEX "public"."IDX_e808a4be434de0c0353b026806"`);
        await queryRunner.query(`DROP TABLE "app_user"`);
        await queryRunner.query(`DROP INDEX "public"."IDX_cc04ebce76000077cb1d4bb013"`);
        await queryRunner.query(`DROP INDEX "public"."IDX_6ef78d8c4fc4514c82a5cbc7b7"`);
        await queryRunner.query(`DROP TABLE "unit"`);
        await queryRunner.query(`DROP INDEX "public"."IDX_1895196a1840b39031f54c3925"`);
        await queryRunner.query(`DROP TABLE "administration"`);
        await queryRunner.query(`DROP INDEX "public"."IDX_9641016ff7fd3d7d86d82adcfe"`);
        await queryRunner.query(`DROP TABLE "board"`);
        await queryRunner.query(`DROP INDEX "public"."IDX_2668c2b065903fda9e3fc4f543"`);
        await queryRunner.query(`DROP TABLE "municipality"`);
    }

}
