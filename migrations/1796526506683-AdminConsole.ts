import { MigrationInterface, QueryRunner } from "typeorm";

export class AdminConsole1796526506683 implements MigrationInterface {
    name = 'AdminConsole1796526506683'

    public async up(queryRunner: QueryRunner): Promise<void> {
        await queryRunner.query(`
            ALTER TABLE "accounts"
            ADD "suspended_at" TIMESTAMP WITH TIME ZONE
        `);
        await queryRunner.query(`
            ALTER TABLE "accounts"
            ADD "suspended_by" uuid
        `);
        await queryRunner.query(`
            ALTER TABLE "mentors"
            ADD "hidden" boolean NOT NULL DEFAULT false
        `);
    }

    public async down(queryRunner: QueryRunner): Promise<void> {
        await queryRunner.query(`
            ALTER TABLE "mentors" DROP COLUMN "hidden"
        `);
        await queryRunner.query(`
            ALTER TABLE "accounts" DROP COLUMN "suspended_by"
        `);
        await queryRunner.query(`
            ALTER TABLE "accounts" DROP COLUMN "suspended_at"
        `);
    }

}
