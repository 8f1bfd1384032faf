import { MigrationInterface, QueryRunner } from "typeorm";

export class MentorsCreatedAtMillis1795349854027 implements MigrationInterface {
    name = 'MentorsCreatedAtMillis1795349854027'

    public async up(queryRunner: QueryRunner): Promise<void> {
        await queryRunner.query(`
            DROP INDEX "public"."ix_mentors_rating"
        `);
        await queryRunner.query(`
            ALTER TABLE "mentors"
            ALTER COLUMN "created_at" TYPE TIMESTAMP(3) WITH TIME ZONE
        `);
        await queryRunner.query(`
            CREATE INDEX "ix_mentors_rating" ON "mentors" ("rating_score", "created_at", "id")
        `);
    }

    public async down(queryRunner: QueryRunner): Promise<void> {
        await queryRunner.query(`
            DROP INDEX "public"."ix_mentors_rating"
        `);
        await queryRunner.query(`
            ALTER TABLE "mentors"
            ALTER COLUMN "created_at" TYPE TIMESTAMP(6) WITH TIME ZONE
        `);
        await queryRunner.query(`
            CREATE INDEX "ix_mentors_rating" ON "mentors" ("rating_score", "created_at", "id")
        `);
    }

}
