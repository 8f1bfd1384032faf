import { MigrationInterface, QueryRunner } from "typeorm";

export class SearchDailyLog1796527311221 implements MigrationInterface {
    name = 'SearchDailyLog1796527311221'

    public async up(queryRunner: QueryRunner): Promise<void> {
        await queryRunner.query(`
            CREATE TABLE "search_daily_log" (
                "day" date NOT NULL,
                "searches" integer NOT NULL,
                CONSTRAINT "ck_search_daily_log_searches" CHECK ("searches" > 0),
                CONSTRAINT "PK_e13a3484f793b651b18713aa988" PRIMARY KEY ("day")
            )
        `);
    }

    public async down(queryRunner: QueryRunner): Promise<void> {
        await queryRunner.query(`
            DROP TABLE "search_daily_log"
        `);
    }

}
