import { MigrationInterface, QueryRunner } from "typeorm";

export class Initial1795348094811 implements MigrationInterface {
    name = 'Initial1795348094811'

    public async up(queryRunner: QueryRunner): Promise<void> {
        await queryRunner.query(`
            CREATE TABLE "accounts" (
                "id" uuid NOT NULL DEFAULT gen_random_uuid(),
                "kind" character varying(16) NOT NULL,
                "email" character varying(254) NOT NULL,
                "password_hash" character varying(255) NOT NULL,
                "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
                "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
                CONSTRAINT "ck_accounts_kind" CHECK ("kind" IN ('student', 'mentor', 'admin')),
                CONSTRAINT "PK_5a7a02c20412299d198e097a8fe" PRIMARY KEY ("id")
            )
        `);
        await queryRunner.query(`
            CREATE UNIQUE INDEX "ux_accounts_kind_email" ON "accounts" ("kind", "email")
        `);
        await queryRunner.query(`
            CREATE TABLE "admins" (
                "id" uuid NOT NULL,
                "name" character varying(100) NOT NULL,
                "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
                "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
                CONSTRAINT "PK_e3b38270c97a854c48d2e80874e" PRIMARY KEY ("id")
            )
        `);
        await queryRunner.query(`
            CREATE TABLE "refresh_tokens" (
                "id" uuid NOT NULL,
                "family_id" uuid NOT NULL,
                "account_id" uuid NOT NULL,
                "secret_hash" character(64) NOT NULL,
                "expires_at" TIMESTAMP WITH TIME ZONE NOT NULL,
                "used_at" TIMESTAMP WITH TIME ZONE,
                "revoked_at" TIMESTAMP WITH TIME ZONE,
                "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
                CONSTRAINT "PK_7d8bee0204106019488c4c50ffa" PRIMARY KEY ("id")
            )
        `);
        await queryRunner.query(`
            CREATE INDEX "ix_refresh_tokens_account" ON "refresh_tokens" ("account_id")
        `);
        await queryRunner.query(`
            CREATE INDEX "ix_refresh_tokens_family" ON "refresh_tokens" ("family_id")
        `);
        await queryRunner.query(`
            CREATE TABLE "mentors" (
                "id" uuid NOT NULL,
                "name" character varying(100) NOT NULL,
                "bio" text NOT NULL DEFAULT '',
                "expertise" character varying(200) NOT NULL DEFAULT '',
                "skills" text array NOT NULL DEFAULT '{}',
                "experience_years" smallint NOT NULL DEFAULT '0',
                "languages" text array NOT NULL DEFAULT '{}',
                "timezone" character varying(64) NOT NULL DEFAULT 'UTC',
                "telegram" character varying(32),
                "capacity" smallint NOT NULL DEFAULT '5',
                "accepting_requests" boolean NOT NULL DEFAULT true,
                "active_mentees" integer NOT NULL DEFAULT '0',
                "rating_count" integer NOT NULL DEFAULT '0',
                "rating_sum" integer NOT NULL DEFAULT '0',
                "rating_distribution" integer array NOT NULL DEFAULT '{0,0,0,0,0}',
                "rating_score" double precision NOT NULL DEFAULT '3.5',
                "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
                "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
                CONSTRAINT "ck_mentors_rating" CHECK (
                    "rating_count" >= 0
                    AND "rating_sum" BETWEEN "rating_count" AND 5 * "rating_count"
                ),
                CONSTRAINT "ck_mentors_active_mentees" CHECK ("active_mentees" >= 0),
                CONSTRAINT "ck_mentors_capacity" CHECK (
                    "capacity" BETWEEN 0 AND 100
                ),
                CONSTRAINT "PK_67a614446eab992e4d0580afebf" PRIMARY KEY ("id")
            )
        `);
        await queryRunner.query(`
            CREATE INDEX "ix_mentors_rating" ON "mentors" ("rating_score", "created_at", "id")
        `);
        await queryRunner.query(`
            CREATE TABLE "students" (
                "id" uuid NOT NULL,
                "name" character varying(100) NOT NULL,
                "about" text NOT NULL DEFAULT '',
                "interests" text array NOT NULL DEFAULT '{}',
                "telegram" character varying(32),
                "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
                "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
                CONSTRAINT "PK_7d7f07271ad4ce999880713f05e" PRIMARY KEY ("id")
            )
        `);
        await queryRunner.query(`
            ALTER TABLE "admins"
            ADD CONSTRAINT "FK_e3b38270c97a854c48d2e80874e" FOREIGN KEY ("id") REFERENCES "accounts"("id") ON DELETE CASCADE ON UPDATE NO ACTION
        `);
        await queryRunner.query(`
            ALTER TABLE "refresh_tokens"
            ADD CONSTRAINT "FK_e7d078bbcae8ab94aa0d5f9015c" FOREIGN KEY ("account_id") REFERENCES "accounts"("id") ON DELETE CASCADE ON UPDATE NO ACTION
        `);
        await queryRunner.query(`
            ALTER TABLE "mentors"
            ADD CONSTRAINT "FK_67a614446eab992e4d0580afebf" FOREIGN KEY ("id") REFERENCES "accounts"("id") ON DELETE CASCADE ON UPDATE NO ACTION
        `);
        await queryRunner.query(`
            ALTER TABLE "students"
            ADD CONSTRAINT "FK_7d7f07271ad4ce999880713f05e" FOREIGN KEY ("id") REFERENCES "accounts"("id") ON DELETE CASCADE ON UPDATE NO ACTION
        `);
    }

    public async down(queryRunner: QueryRunner): Promise<void> {
        await queryRunner.query(`
            ALTER TABLE "students" DROP CONSTRAINT "FK_7d7f07271ad4ce999880713f05e"
        `);
        await queryRunner.query(`
            ALTER TABLE "mentors" DROP CONSTRAINT "FK_67a614446eab992e4d0580afebf"
        `);
        await queryRunner.query(`
            ALTER TABLE "refresh_tokens" DROP CONSTRAINT "FK_e7d078bbcae8ab94aa0d5f9015c"
        `);
        await queryRunner.query(`
            ALTER TABLE "admins" DROP CONSTRAINT "FK_e3b38270c97a854c48d2e80874e"
        `);
        await queryRunner.query(`
            DROP TABLE "students"
        `);
        await queryRunner.query(`
            DROP INDEX "public"."ix_mentors_rating"
        `);
        await queryRunner.query(`
            DROP TABLE "mentors"
        `);
        await queryRunner.query(`
            DROP INDEX "public"."ix_refresh_tokens_family"
        `);
        await queryRunner.query(`
            DROP INDEX "public"."ix_refresh_tokens_account"
        `);
        await queryRunner.query(`
            DROP TABLE "refresh_tokens"
        `);
        await queryRunner.query(`
            DROP TABLE "admins"
        `);
        await queryRunner.query(`
            DROP INDEX "public"."ux_accounts_kind_email"
        `);
        await queryRunner.query(`
            DROP TABLE "accounts"
        `);
    }

}
