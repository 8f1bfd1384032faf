import { MigrationInterface, QueryRunner } from "typeorm";

/**
 * Requests' created_at at millisecond precision, the precision of JavaScript dates: the keyset
 * cursor (createdAt, id) of the request lists is then exact, and rows created within the same
 * millisecond are neither skipped nor repeated between pages.
 */
export class RequestsCreatedAtMillis1795348764640 implements MigrationInterface {
    name = 'RequestsCreatedAtMillis1795348764640'

    public async up(queryRunner: QueryRunner): Promise<void> {
        await queryRunner.query(`
            DROP INDEX "public"."ix_requests_mentor"
        `);
        await queryRunner.query(`
            DROP INDEX "public"."ix_requests_student"
        `);
        await queryRunner.query(`
            ALTER TABLE "mentorship_requests"
            ALTER COLUMN "created_at" TYPE TIMESTAMP(3) WITH TIME ZONE
        `);
        await queryRunner.query(`
            CREATE INDEX "ix_requests_mentor" ON "mentorship_requests" ("mentor_id", "created_at", "id")
        `);
        await queryRunner.query(`
            CREATE INDEX "ix_requests_student" ON "mentorship_requests" ("student_id", "created_at", "id")
        `);
    }

    public async down(queryRunner: QueryRunner): Promise<void> {
        await queryRunner.query(`
            DROP INDEX "public"."ix_requests_student"
        `);
        await queryRunner.query(`
            DROP INDEX "public"."ix_requests_mentor"
        `);
        await queryRunner.query(`
            ALTER TABLE "mentorship_requests"
            ALTER COLUMN "created_at" TYPE TIMESTAMP WITH TIME ZONE
        `);
        await queryRunner.query(`
            CREATE INDEX "ix_requests_student" ON "mentorship_requests" ("student_id", "created_at", "id")
        `);
        await queryRunner.query(`
            CREATE INDEX "ix_requests_mentor" ON "mentorship_requests" ("mentor_id", "created_at", "id")
        `);
    }

}
