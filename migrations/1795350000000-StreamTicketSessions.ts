import { MigrationInterface, QueryRunner } from "typeorm";

export class StreamTicketSessions1795350000000 implements MigrationInterface {
    name = 'StreamTicketSessions1795350000000'

    public async up(queryRunner: QueryRunner): Promise<void> {
        await queryRunner.query(`
            ALTER TABLE "stream_tickets"
            ADD "session_id" uuid
        `);
        await queryRunner.query(`
            ALTER TABLE "stream_tickets"
            ADD "credential_expires_at" TIMESTAMP WITH TIME ZONE
        `);
    }

    public async down(queryRunner: QueryRunner): Promise<void> {
        await queryRunner.query(`
            ALTER TABLE "stream_tickets" DROP COLUMN "credential_expires_at"
        `);
        await queryRunner.query(`
            ALTER TABLE "stream_tickets" DROP COLUMN "session_id"
        `);
    }

}
