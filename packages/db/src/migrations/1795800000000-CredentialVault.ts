import { MigrationInterface, QueryRunner } from "typeorm";

/**
 * The credential vault (deposited_credential): credentials deposited with the communications unit, sealed with
 * envelope encryption; a destroyed deposit keeps its row as a tombstone with every part of the envelope wiped.
 * The smg_api role gets its rights through the default privileges of the AuditHashChain migration.
 */
export class CredentialVault1795800000000 implements MigrationInterface {
    name = 'CredentialVault1795800000000'

    public async up(queryRunner: QueryRunner): Promise<void> {
        await queryRunner.query(`CREATE TABLE "deposited_credential" ("id" uuid NOT NULL, "accountId" uuid NOT NULL, "municipalityId" uuid NOT NULL, "loginName" character varying NOT NULL, "loginEmail" character varying, "keyId" character varying, "wrappedKey" bytea, "iv" bytea, "authTag" bytea, "ciphertext" bytea, "depositedAt" TIMESTAMP WITH TIME ZONE NOT NULL, "depositedById" character varying NOT NULL, "depositedByName" character varying NOT NULL, "depositedRole" character varying NOT NULL, "destroyedAt" TIMESTAMP WITH TIME ZONE, "destroyedById" character varying, "destroyedByName" character varying, "destroyedReason" text, CONSTRAINT "CHK_deposited_credential_sealed_or_shredded" CHECK (("destroyedAt" IS NULL AND "keyId" IS NOT NULL AND "wrappedKey" IS NOT NULL AND "iv" IS NOT NULL AND "authTag" IS NOT NULL AND "ciphertext" IS NOT NULL) OR ("destroyedAt" IS NOT NULL AND "keyId" IS NULL AND "wrappedKey" IS NULL AND "iv" IS NULL AND "authTag" IS NULL AND "ciphertext" IS NULL)), CONSTRAINT "PK_49476b35d7579fab6496faaed6c" PRIMARY KEY ("id"))`);
        await queryRunner.query(`CREATE INDEX "IDX_92ed838122d8e2dfe5832c67e4" ON "deposited_credential" ("accountId") `);
        await queryRunner.query(`CREATE UNIQUE INDEX "IDX_deposited_credential_live" ON "deposited_credential" ("accountId") WHERE "destroyedAt" IS NULL`);
        await queryRunner.query(`ALTER TABLE "deposited_credential" ADD CONSTRAINT "FK_92ed838122d8e2dfe5832c67e43" FOREIGN KEY ("accountId") REFERENCES "account"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
    }

    public async down(queryRunner: QueryRunner): Promise<void> {
        await queryRunner.query(`ALTER TABLE "deposited_credential" DROP CONSTRAINT "FK_92ed838122d8e2dfe5832c67e43"`);
        await queryRunner.query(`DROP INDEX "public"."IDX_deposited_credential_live"`);
        await queryRunner.query(`DROP INDEX "public"."IDX_92ed838122d8e2dfe5832c67e4"`);
        await queryRunner.query(`DROP TABLE "deposited_credential"`);
    }
}
