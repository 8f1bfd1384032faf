import { MigrationInterface, QueryRunner } from "typeorm";

/**
 * The mentors' change feed, which search replicas catch up from after any gap in the event bus:
 * every insert or update of a mentor row stamps it with the id of its transaction (`change_xid`),
 * every delete leaves a row in `mentor_removals` stamped the same way. Triggers, so no write path
 * (profile edits, ratings, accepted requests, SQL by hand) can forget to.
 */
export class MentorChangeFeed1796600000000 implements MigrationInterface {
    name = 'MentorChangeFeed1796600000000'

    public async up(queryRunner: QueryRunner): Promise<void> {
        await queryRunner.query(`
            ALTER TABLE "mentors"
            ADD "change_xid" bigint NOT NULL DEFAULT '0'
        `);
        await queryRunner.query(`
            CREATE INDEX "ix_mentors_change_xid" ON "mentors" ("change_xid")
        `);
        await queryRunner.query(`
            CREATE TABLE "mentor_removals" (
                "id" BIGSERIAL NOT NULL,
                "mentor_id" uuid NOT NULL,
                "change_xid" bigint NOT NULL,
                CONSTRAINT "PK_mentor_removals" PRIMARY KEY ("id")
            )
        `);
        await queryRunner.query(`
            CREATE INDEX "ix_mentor_removals_change_xid" ON "mentor_removals" ("change_xid")
        `);
        await queryRunner.query(`
            CREATE FUNCTION mentors_stamp_change() RETURNS trigger LANGUAGE plpgsql AS $$
            BEGIN
                NEW.change_xid := pg_current_xact_id()::text::bigint;
                RETURN NEW;
            END $$
        `);
        await queryRunner.query(`
            CREATE TRIGGER tr_mentors_stamp_change BEFORE INSERT OR UPDATE ON "mentors"
            FOR EACH ROW EXECUTE FUNCTION mentors_stamp_change()
        `);
        await queryRunner.query(`
            CREATE FUNCTION mentors_record_removal() RETURNS trigger LANGUAGE plpgsql AS $$
            BEGIN
                INSERT INTO "mentor_removals" ("mentor_id", "change_xid") VALUES (OLD.id, pg_current_xact_id()::text::bigint);
                RETURN OLD;
            END $$
        `);
        await queryRunner.query(`
            CREATE TRIGGER tr_mentors_record_removal AFTER DELETE ON "mentors"
            FOR EACH ROW EXECUTE FUNCTION mentors_record_removal()
        `);
        await queryRunner.query(`
            UPDATE "mentors" SET "change_xid" = pg_current_xact_id()::text::bigint
        `);
    }

    public async down(queryRunner: QueryRunner): Promise<void> {
        await queryRunner.query(`DROP TRIGGER tr_mentors_record_removal ON "mentors"`);
        await queryRunner.query(`DROP FUNCTION mentors_record_removal()`);
        await queryRunner.query(`DROP TRIGGER tr_mentors_stamp_change ON "mentors"`);
        await queryRunner.query(`DROP FUNCTION mentors_stamp_change()`);
        await queryRunner.query(`DROP INDEX "public"."ix_mentor_removals_change_xid"`);
        await queryRunner.query(`DROP TABLE "mentor_removals"`);
        await queryRunner.query(`DROP INDEX "public"."ix_mentors_change_xid"`);
        await queryRunner.query(`ALTER TABLE "mentors" DROP COLUMN "change_xid"`);
    }

}
