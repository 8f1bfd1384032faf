import { MigrationInterface, QueryRunner } from "typeorm";

export class MentorshipRequests1795348335527 implements MigrationInterface {
    name = 'MentorshipRequests1795348335527'

    public async up(queryRunner: QueryRunner): Promise<void> {
        await queryRunner.query(`
            CREATE TABLE "mentorship_requests" (
                "id" uuid NOT NULL DEFAULT gen_random_uuid(),
                "student_id" uuid NOT NULL,
                "mentor_id" uuid NOT NULL,
                "message" text NOT NULL,
                "status" character varying(16) NOT NULL DEFAULT 'pending',
                "note" text,
                "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
                "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
                "responded_at" TIMESTAMP WITH TIME ZONE,
                "closed_at" TIMESTAMP WITH TIME ZONE,
                CONSTRAINT "ck_requests_status" CHECK (
                    "status" IN (
                        'pending',
                        'accepted',
                        'rejected',
                        'cancelled',
                        'completed'
                    )
                ),
                CONSTRAINT "PK_a82e6b21a9a92841bd754e6d797" PRIMARY KEY ("id")
            )
        `);
        await queryRunner.query(`
            CREATE INDEX "ix_requests_created" ON "mentorship_requests" ("created_at")
        `);
        await queryRunner.query(`
            CREATE INDEX "ix_requests_mentor_status" ON "mentorship_requests" ("mentor_id", "status")
        `);
        await queryRunner.query(`
            CREATE INDEX "ix_requests_mentor" ON "mentorship_requests" ("mentor_id", "created_at", "id")
        `);
        await queryRunner.query(`
            CREATE INDEX "ix_requests_student" ON "mentorship_requests" ("student_id", "created_at", "id")
        `);
        await queryRunner.query(`
            CREATE UNIQUE INDEX "ux_requests_open_pair" ON "mentorship_requests" ("student_id", "mentor_id")
            WHERE "status" IN ('pending', 'accepted')
        `);
        await queryRunner.query(`
            ALTER TABLE "mentorship_requests"
            ADD CONSTRAINT "FK_b09cfad031912810f506884e198" FOREIGN KEY ("student_id") REFERENCES "students"("id") ON DELETE CASCADE ON UPDATE NO ACTION
        `);
        await queryRunner.query(`
            ALTER TABLE "mentorship_requests"
            ADD CONSTRAINT "FK_95272f870631d18f9bae8aede76" FOREIGN KEY ("mentor_id") REFERENCES "mentors"("id") ON DELETE CASCADE ON UPDATE NO ACTION
        `);
    }

    public async down(queryRunner: QueryRunner): Promise<void> {
        await queryRunner.query(`
            ALTER TABLE "mentorship_requests" DROP CONSTRAINT "FK_95272f870631d18f9bae8aede76"
        `);
        await queryRunner.query(`
            ALTER TABLE "mentorship_requests" DROP CONSTRAINT "FK_b09cfad031912810f506884e198"
        `);
        await queryRunner.query(`
            DROP INDEX "public"."ux_requests_open_pair"
        `);
        await queryRunner.query(`
            DROP INDEX "public"."ix_requests_student"
        `);
        await queryRunner.query(`
            DROP INDEX "public"."ix_requests_mentor"
        `);
        await queryRunner.query(`
            DROP INDEX "public"."ix_requests_mentor_status"
        `);
        await queryRunner.query(`
            DROP INDEX "public"."ix_requests_created"
        `);
        await queryRunner.query(`
            DROP TABLE "mentorship_requests"
        `);
    }

}
