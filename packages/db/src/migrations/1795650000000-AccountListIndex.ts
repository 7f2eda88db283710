import { MigrationInterface, QueryRunner } from "typeorm";

/**
 * The order every account list is read in (most recently changed first, id breaking ties), per municipality: a page
 * of the accounts overview is an index-only scan instead of a sort of all the municipality's accounts.
 */
export class AccountListIndex1795650000000 implements MigrationInterface {
    name = 'AccountListIndex1795650000000'

    public async up(queryRunner: QueryRunner): Promise<void> {
        await queryRunner.query(`CREATE INDEX "IDX_account_list_order" ON "account" ("municipalityId", "updatedAt" DESC, "id")`);
    }

    public async down(queryRunner: QueryRunner): Promise<void> {
        await queryRunner.query(`DROP INDEX "public"."IDX_account_list_order"`);
    }
}
