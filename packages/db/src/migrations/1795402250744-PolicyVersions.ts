import { MigrationInterface, QueryRunner } from "typeorm";

export class PolicyVersions1795402250744 implements MigrationInterface {
    name = 'PolicyVersions1795402250744'

    public async up(queryRunner: QueryRunner): Promise<void> {
        await queryRunner.query(`CREATE TABLE "policy_version" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "municipalityId" uuid NOT NULL, "version" integer NOT NULL, "effectiveFrom" TIMESTAMP WITH TIME ZONE NOT NULL, "presetKey" character varying, "parameters" jsonb NOT NULL, "sources" jsonb NOT NULL, "changeNote" text NOT NULL, "publishedAt" TIMESTAMP WITH TIME ZONE NOT NULL, "publishedById" uuid NOT NULL, "publishedByName" character varying NOT NULL, CONSTRAINT "PK_3f434bba531e04026bd90fcf7c5" PRIMARY KEY ("id"))`);
        await queryRunner.query(`CREATE INDEX "IDX_050266e5d4d4909ae606b86949" ON "policy_version" ("municipalityId", "effectiveFrom") `);
        await queryRunner.query(`CREATE UNIQUE INDEX "IDX_d88daa1507aafb9f01f8b1737f" ON "policy_version" ("municipalityId", "version") `);
        await queryRunner.query(`ALTER TABLE "account" ADD "policyVersionId" uuid`);
        await queryRunner.query(`ALTER TABLE "policy_version" ADD CONSTRAINT "FK_0468e560565cd90fd054520ef11" FOREIGN KEY ("municipalityId") REFERENCES "municipality"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`);
        await queryRunner.query(`ALTER TABLE "account" ADD CONSTRAINT "FK_9f6f4b8c8312b42238c3fc1a548" FOREIGN KEY ("policyVersionId") REFERENCES "policy_version"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`);
    }

    public async down(queryRunner: QueryRunner): Promise<void> {
        await queryRunner.query(`ALTER TABLE "account" DROP CONSTRAINT "FK_9f6f4b8c8312b42238c3fc1a548"`);
        await queryRunner.query(`ALTER TABLE "policy_version" DROP CONSTRAINT "FK_0468e560565cd90fd054520ef11"`);
        await queryRunner.query(`ALTER TABLE "account" DROP COLUMN "policyVersionId"`);
        await queryRunner.query(`DROP INDEX "public"."IDX_d88daa1507aafb9f01f8b1737f"`);
        await queryRunner.query(`DROP INDEX "public"."IDX_050266e5d4d4909ae606b86949"`);
        await queryRunner.query(`DROP TABLE "policy_version"`);
    }

}
