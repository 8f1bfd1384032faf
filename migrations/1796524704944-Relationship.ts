import { MigrationInterface, QueryRunner } from "typeorm";

/** Student profiles and account deletion, the request thread, reasons, expiry and reminders, favourites. */
export class Relationship1796524704944 implements MigrationInterface {
    name = 'Relationship1796524704944'

    public async up(queryRunner: QueryRunner): Promise<void> {
        await queryRunner.query(`
            CREATE TABLE "favorites" (
                "student_id" uuid NOT NULL,
                "mentor_id" uuid NOT NULL,
                "notify_when_free" boolean NOT NULL DEFAULT false,
                "created_at" TIMESTAMP(3) WITH TIME ZONE NOT NULL DEFAULT now(),
                CONSTRAINT "PK_9b0ec2bd46d30ac6b031623d5f2" PRIMARY KEY ("student_id", "mentor_id")
            )
        `);
        await queryRunner.query(`
            CREATE INDEX "ix_favorites_mentor_waiting" ON "favorites" ("mentor_id")
            WHERE "notify_when_free"
        `);
        await queryRunner.query(`
            CREATE INDEX "ix_favorites_student" ON "favorites" ("student_id", "created_at")
        `);
        await queryRunner.query(`
            CREATE TABLE "request_messages" (
                "id" uuid NOT NULL DEFAULT gen_random_uuid(),
                "seq" bigint GENERATED ALWAYS AS IDENTITY NOT NULL,
                "request_id" uuid NOT NULL,
                "author_id" uuid,
                "author_role" character varying(16) NOT NULL,
                "body" text,
                "from_status" character varying(16),
                "to_status" character varying(16),
                "reason" character varying(32),
                "created_at" TIMESTAMP(3) WITH TIME ZONE NOT NULL DEFAULT now(),
                CONSTRAINT "ck_request_messages_content" CHECK (
                    "body" IS NOT NULL
                    OR "to_status" IS NOT NULL
                ),
                CONSTRAINT "PK_2c46c29c5bd12025b30863202dc" PRIMARY KEY ("id")
            )
        `);
        await queryRunner.query(`
            CREATE INDEX "ix_request_messages_request_seq" ON "request_messages" ("request_id", "seq")
        `);
        await queryRunner.query(`
            ALTER TABLE "students"
            ADD "languages" text array NOT NULL DEFAULT '{}'
        `);
        await queryRunner.query(`
            ALTER TABLE "students"
            ADD "timezone" character varying(64) NOT NULL DEFAULT 'UTC'
        `);
        await queryRunner.query(`
            ALTER TABLE "students"
            ADD "deleted_at" TIMESTAMP WITH TIME ZONE
        `);
        await queryRunner.query(`
            ALTER TABLE "mentors"
            ADD "deleted_at" TIMESTAMP WITH TIME ZONE
        `);
        await queryRunner.query(`
            ALTER TABLE "mentorship_requests"
            ADD "close_reason" character varying(32)
        `);
        await queryRunner.query(`
            ALTER TABLE "mentorship_requests"
            ADD "reminded_at" TIMESTAMP WITH TIME ZONE
        `);
        await queryRunner.query(`
            ALTER TABLE "mentorship_requests"
            ADD "student_read_seq" bigint NOT NULL DEFAULT '0'
        `);
        await queryRunner.query(`
            ALTER TABLE "mentorship_requests"
            ADD "mentor_read_seq" bigint NOT NULL DEFAULT '0'
        `);
        await queryRunner.query(`
            CREATE INDEX "ix_requests_pending_created" ON "mentorship_requests" ("created_at")
            WHERE "status" = 'pending'
        `);
        await queryRunner.query(`
            ALTER TABLE "mentorship_requests" DROP CONSTRAINT "ck_requests_status"
        `);
        await queryRunner.query(`
            ALTER TABLE "mentorship_requests"
            ADD CONSTRAINT "ck_requests_status" CHECK ("status" IN ('pending', 'accepted', 'rejected', 'cancelled', 'completed', 'expired'))
        `);
        await queryRunner.query(`
            ALTER TABLE "mentorship_requests"
            ADD CONSTRAINT "ck_requests_close_reason" CHECK (
                    "close_reason" IN (
                        'no_capacity',
                        'outside_expertise',
                        'schedule',
                        'not_a_fit',
                        'other'
                    )
                )
        `);
        await queryRunner.query(`
            ALTER TABLE "favorites"
            ADD CONSTRAINT "FK_073d57dbee2d3068f83e1dd68eb" FOREIGN KEY ("student_id") REFERENCES "students"("id") ON DELETE CASCADE ON UPDATE NO ACTION
        `);
        await queryRunner.query(`
            ALTER TABLE "favorites"
            ADD CONSTRAINT "FK_0cfa6d81827b037e079732ddfcb" FOREIGN KEY ("mentor_id") REFERENCES "mentors"("id") ON DELETE CASCADE ON UPDATE NO ACTION
        `);
        await queryRunner.query(`
            ALTER TABLE "request_messages"
            ADD CONSTRAINT "FK_41626149ddfb759408a1c66ed30" FOREIGN KEY ("request_id") REFERENCES "mentorship_requests"("id") ON DELETE CASCADE ON UPDATE NO ACTION
        `);
        // Statistics count closures by reason: close_reason joins the columns the stats indexes carry (index-only scans).
        await queryRunner.query(`DROP INDEX "public"."ix_requests_created_stats"`);
        await queryRunner.query(`CREATE INDEX "ix_requests_created_stats" ON "mentorship_requests" ("created_at") INCLUDE ("mentor_id", "status", "responded_at", "close_reason")`);
        await queryRunner.query(`DROP INDEX "public"."ix_requests_mentor"`);
        await queryRunner.query(`CREATE INDEX "ix_requests_mentor" ON "mentorship_requests" ("mentor_id", "created_at", "id") INCLUDE ("status", "responded_at", "close_reason")`);
    }

    public async down(queryRunner: QueryRunner): Promise<void> {
        await queryRunner.query(`DROP INDEX "public"."ix_requests_mentor"`);
        await queryRunner.query(`CREATE INDEX "ix_requests_mentor" ON "mentorship_requests" ("mentor_id", "created_at", "id") INCLUDE ("status", "responded_at")`);
        await queryRunner.query(`DROP INDEX "public"."ix_requests_created_stats"`);
        await queryRunner.query(`CREATE INDEX "ix_requests_created_stats" ON "mentorship_requests" ("created_at") INCLUDE ("mentor_id", "status", "responded_at")`);
        await queryRunner.query(`
            ALTER TABLE "request_messages" DROP CONSTRAINT "FK_41626149ddfb759408a1c66ed30"
        `);
        await queryRunner.query(`
            ALTER TABLE "favorites" DROP CONSTRAINT "FK_0cfa6d81827b037e079732ddfcb"
        `);
        await queryRunner.query(`
            ALTER TABLE "favorites" DROP CONSTRAINT "FK_073d57dbee2d3068f83e1dd68eb"
        `);
        await queryRunner.query(`
            ALTER TABLE "mentorship_requests" DROP CONSTRAINT "ck_requests_close_reason"
        `);
        await queryRunner.query(`
            ALTER TABLE "mentorship_requests" DROP CONSTRAINT "ck_requests_status"
        `);
        await queryRunner.query(`
            ALTER TABLE "mentorship_requests"
            ADD CONSTRAINT "ck_requests_status" CHECK ("status" IN ('pending', 'accepted', 'rejected', 'cancelled', 'completed'))
        `);
        await queryRunner.query(`
            DROP INDEX "public"."ix_requests_pending_created"
        `);
        await queryRunner.query(`
            ALTER TABLE "mentorship_requests" DROP COLUMN "mentor_read_seq"
        `);
        await queryRunner.query(`
            ALTER TABLE "mentorship_requests" DROP COLUMN "student_read_seq"
        `);
        await queryRunner.query(`
            ALTER TABLE "mentorship_requests" DROP COLUMN "reminded_at"
        `);
        await queryRunner.query(`
            ALTER TABLE "mentorship_requests" DROP COLUMN "close_reason"
        `);
        await queryRunner.query(`
            ALTER TABLE "mentors" DROP COLUMN "deleted_at"
        `);
        await queryRunner.query(`
            ALTER TABLE "students" DROP COLUMN "deleted_at"
        `);
        await queryRunner.query(`
            ALTER TABLE "students" DROP COLUMN "timezone"
        `);
        await queryRunner.query(`
            ALTER TABLE "students" DROP COLUMN "languages"
        `);
        await queryRunner.query(`
            DROP INDEX "public"."ix_request_messages_request_seq"
        `);
        await queryRunner.query(`
            DROP TABLE "request_messages"
        `);
        await queryRunner.query(`
            DROP INDEX "public"."ix_favorites_student"
        `);
        await queryRunner.query(`
            DROP INDEX "public"."ix_favorites_mentor_waiting"
        `);
        await queryRunner.query(`
            DROP TABLE "favorites"
        `);
    }

}
