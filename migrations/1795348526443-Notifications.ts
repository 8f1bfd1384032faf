import { MigrationInterface, QueryRunner } from "typeorm";

export class Notifications1795348526443 implements MigrationInterface {
    name = 'Notifications1795348526443'

    public async up(queryRunner: QueryRunner): Promise<void> {
        await queryRunner.query(`
            CREATE TABLE "notifications" (
                "id" uuid NOT NULL DEFAULT gen_random_uuid(),
                "seq" bigint GENERATED ALWAYS AS IDENTITY NOT NULL,
                "recipient_id" uuid NOT NULL,
                "type" character varying(32) NOT NULL,
                "data" jsonb NOT NULL DEFAULT '{}',
                "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
                "read_at" TIMESTAMP WITH TIME ZONE,
                CONSTRAINT "PK_6a72c3c0f683f6462415e653c3a" PRIMARY KEY ("id")
            )
        `);
        await queryRunner.query(`
            CREATE INDEX "ix_notifications_recipient_unread" ON "notifications" ("recipient_id", "seq")
            WHERE "read_at" IS NULL
        `);
        await queryRunner.query(`
            CREATE INDEX "ix_notifications_recipient_seq" ON "notifications" ("recipient_id", "seq")
        `);
        await queryRunner.query(`
            CREATE TABLE "stream_tickets" (
                "token_hash" character(64) NOT NULL,
                "account_id" uuid NOT NULL,
                "role" character varying(16) NOT NULL,
                "expires_at" TIMESTAMP WITH TIME ZONE NOT NULL,
                "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
                CONSTRAINT "PK_d9549c7a42b92ef6e15b555fcc4" PRIMARY KEY ("token_hash")
            )
        `);
        await queryRunner.query(`
            CREATE INDEX "ix_stream_tickets_expires" ON "stream_tickets" ("expires_at")
        `);
        await queryRunner.query(`
            ALTER TABLE "notifications"
            ADD CONSTRAINT "FK_5332a4daa46fd3f4e6625dd275d" FOREIGN KEY ("recipient_id") REFERENCES "accounts"("id") ON DELETE CASCADE ON UPDATE NO ACTION
        `);
        await queryRunner.query(`
            ALTER TABLE "stream_tickets"
            ADD CONSTRAINT "FK_e1b09a9e7c60d24a3bd39e61a3e" FOREIGN KEY ("account_id") REFERENCES "accounts"("id") ON DELETE CASCADE ON UPDATE NO ACTION
        `);
    }

    public async down(queryRunner: QueryRunner): Promise<void> {
        await queryRunner.query(`
            ALTER TABLE "stream_tickets" DROP CONSTRAINT "FK_e1b09a9e7c60d24a3bd39e61a3e"
        `);
        await queryRunner.query(`
            ALTER TABLE "notifications" DROP CONSTRAINT "FK_5332a4daa46fd3f4e6625dd275d"
        `);
        await queryRunner.query(`
            DROP INDEX "public"."ix_stream_tickets_expires"
        `);
        await queryRunner.query(`
            DROP TABLE "stream_tickets"
        `);
        await queryRunner.query(`
            DROP INDEX "public"."ix_notifications_recipient_seq"
        `);
        await queryRunner.query(`
            DROP INDEX "public"."ix_notifications_recipient_unread"
        `);
        await queryRunner.query(`
            DROP TABLE "notifications"
        `);
    }

}
