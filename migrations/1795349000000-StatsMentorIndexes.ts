import { MigrationInterface, QueryRunner } from "typeorm";

/**
 * Mentor statistics read status, responded_at and closed_at of one mentor's requests: the two
 * per-mentor indexes keep their keys (the requests lists use them unchanged) and carry those
 * columns, so the statistics are index-only scans instead of one heap visit per request.
 */
export class StatsMentorIndexes1795349000000 implements MigrationInterface {
    name = 'StatsMentorIndexes1795349000000'

    public async up(queryRunner: QueryRunner): Promise<void> {
        await queryRunner.query(`DROP INDEX "public"."ix_requests_mentor"`);
        await queryRunner.query(`CREATE INDEX "ix_requests_mentor" ON "mentorship_requests" ("mentor_id", "created_at", "id") INCLUDE ("status", "responded_at")`);
        await queryRunner.query(`DROP INDEX "public"."ix_requests_mentor_status"`);
        await queryRunner.query(`CREATE INDEX "ix_requests_mentor_status" ON "mentorship_requests" ("mentor_id", "status") INCLUDE ("closed_at")`);
    }

    public async down(queryRunner: QueryRunner): Promise<void> {
        await queryRunner.query(`DROP INDEX "public"."ix_requests_mentor_status"`);
        await queryRunner.query(`CREATE INDEX "ix_requests_mentor_status" ON "mentorship_requests" ("mentor_id", "status")`);
        await queryRunner.query(`DROP INDEX "public"."ix_requests_mentor"`);
        await queryRunner.query(`CREATE INDEX "ix_requests_mentor" ON "mentorship_requests" ("mentor_id", "created_at", "id")`);
    }
}
