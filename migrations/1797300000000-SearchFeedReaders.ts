import { MigrationInterface, QueryRunner } from "typeorm";

/**
 * Readers of the mentors' change feed and the position each may resume from, so the removal log
 * (`mentor_removals`) can be pruned below the oldest one instead of growing for ever.
 */
export class SearchFeedReaders1797300000000 implements MigrationInterface {
    name = 'SearchFeedReaders1797300000000'

    public async up(queryRunner: QueryRunner): Promise<void> {
        await queryRunner.query(`
            CREATE TABLE "search_feed_readers" (
                "reader" uuid NOT NULL,
                "position" bigint NOT NULL,
                "seen_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
                CONSTRAINT "PK_search_feed_readers" PRIMARY KEY ("reader")
            )
        `);
    }

    public async down(queryRunner: QueryRunner): Promise<void> {
        await queryRunner.query(`DROP TABLE "search_feed_readers"`);
    }

}
