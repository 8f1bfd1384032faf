import { MigrationInterface, QueryRunner } from "typeorm";

export class Ratings1795348548791 implements MigrationInterface {
    name = 'Ratings1795348548791'

    public async up(queryRunner: QueryRunner): Promise<void> {
        await queryRunner.query(`
            CREATE TABLE "ratings" (
                "id" uuid NOT NULL DEFAULT gen_random_uuid(),
                "mentor_id" uuid NOT NULL,
                "student_id" uuid NOT NULL,
                "score" smallint NOT NULL,
                "comment" character varying(1000),
                "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
                "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
                CONSTRAINT "ck_ratings_score" CHECK (
                    "score" BETWEEN 1 AND 5
                ),
                CONSTRAINT "PK_0f31425b073219379545ad68ed9" PRIMARY KEY ("id")
            )
        `);
        await queryRunner.query(`
            CREATE INDEX "ix_ratings_student" ON "ratings" ("student_id")
        `);
        await queryRunner.query(`
            CREATE INDEX "ix_ratings_mentor_recent" ON "ratings" ("mentor_id", "updated_at", "id")
        `);
        await queryRunner.query(`
            CREATE UNIQUE INDEX "ux_ratings_mentor_student" ON "ratings" ("mentor_id", "student_id")
        `);
        await queryRunner.query(`
            ALTER TABLE "ratings"
            ADD CONSTRAINT "FK_1ef2d22bb32231b7334fe27c19c" FOREIGN KEY ("mentor_id") REFERENCES "mentors"("id") ON DELETE CASCADE ON UPDATE NO ACTION
        `);
        await queryRunner.query(`
            ALTER TABLE "ratings"
            ADD CONSTRAINT "FK_6bbd6528770156568dfc86ca9ec" FOREIGN KEY ("student_id") REFERENCES "students"("id") ON DELETE CASCADE ON UPDATE NO ACTION
        `);
    }

    public async down(queryRunner: QueryRunner): Promise<void> {
        await queryRunner.query(`
            ALTER TABLE "ratings" DROP CONSTRAINT "FK_6bbd6528770156568dfc86ca9ec"
        `);
        await queryRunner.query(`
            ALTER TABLE "ratings" DROP CONSTRAINT "FK_1ef2d22bb32231b7334fe27c19c"
        `);
        await queryRunner.query(`
            DROP INDEX "public"."ux_ratings_mentor_student"
        `);
        await queryRunner.query(`
            DROP INDEX "public"."ix_ratings_mentor_recent"
        `);
        await queryRunner.query(`
            DROP INDEX "public"."ix_ratings_student"
        `);
        await queryRunner.query(`
            DROP TABLE "ratings"
        `);
    }

}
