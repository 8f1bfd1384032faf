import { MigrationInterface, QueryRunner } from "typeorm";

export class StreamCookies1796528251505 implements MigrationInterface {
    name = 'StreamCookies1796528251505'

    public async up(queryRunner: QueryRunner): Promise<void> {
        await queryRunner.query(`
            ALTER TABLE "stream_tickets"
            ADD "reusable" boolean NOT NULL DEFAULT false
        `);
    }

    public async down(queryRunner: QueryRunner): Promise<void> {
        await queryRunner.query(`
            ALTER TABLE "stream_tickets" DROP COLUMN "reusable"
        `);
    }

}
