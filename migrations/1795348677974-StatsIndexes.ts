import { MigrationInterface, QueryRunner } from "typeorm";

/**
 * Statistics: the search-demand log, and a covering index for platform-wide range scans over
 * requests by created_at (replaces ix_requests_created, which it makes redundant). INCLUDE is not
 * expressible in TypeORM decorators: the entity declares the name with `synchronize: false`.
 */
export class StatsIndexes1795348677974 implements MigrationInterface {
    name = 'StatsIndexes1795348677974'

    public async up(queryRunner: QueryRunner): Promise<void> {
        await queryRunner.query(`
            CREATE INDEX "ix_requests_created_stats" ON "mentorship_requests" ("created_at") INCLUDE ("mentor_id", "status", "responded_at")
        `);
        await queryRunner.query(`
            DROP INDEX "public"."ix_requests_created"
        `);
        await queryRunner.query(`
            CREATE TABLE "search_skill_log" (
                "day" date NOT NULL,
                "skill" text NOT NULL,
                "count" integer NOT NULL,
                CONSTRAINT "ck_search_skill_log_count" CHECK ("count" > 0),
                CONSTRAINT "PK_2b5cd67c6ca9e6507688bfbc34c" PRIMARY KEY ("day", "skill")
            )
        `);
    }

    public async down(queryRunner: QueryRunner): Promise<void> {
        await queryRunner.query(`
            DROP TABLE "search_skill_log"
        `);
        await queryRunner.query(`
            CREATE INDEX "ix_requests_created" ON "mentorship_requests" USING btree ("created_at")
        `);
        await queryRunner.query(`
            DROP INDEX "public"."ix_requests_created_stats"
        `);
    }

}
