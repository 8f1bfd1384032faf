import { MigrationInterface, QueryRunner } from "typeorm";
import { bundledConceptGraph } from "@app/concepts";

/**
 * Mentor skills normalised to the concepts of the skills graph (`@app/concepts`): a `concepts`
 * column next to the free-text `skills`, GIN-indexed for the skills filter of the PostgreSQL
 * fallback and for recommendations, and filled for the existing rows from their tags.
 */
export class MentorConcepts1797100000000 implements MigrationInterface {
    name = 'MentorConcepts1797100000000'

    public async up(queryRunner: QueryRunner): Promise<void> {
        await queryRunner.query(`
            ALTER TABLE "mentors"
            ADD "concepts" text array NOT NULL DEFAULT '{}'
        `);
        await queryRunner.query(`
            CREATE INDEX "ix_mentors_concepts" ON "mentors" USING gin ("concepts")
        `);
        await backfillMentorConcepts(queryRunner);
    }

    public async down(queryRunner: QueryRunner): Promise<void> {
        await queryRunner.query(`
            DROP INDEX "public"."ix_mentors_concepts"
        `);
        await queryRunner.query(`
            ALTER TABLE "mentors" DROP COLUMN "concepts"
        `);
    }
}

/**
 * Sets every mentor's `concepts` from their `skills` with the bundled graph: each distinct tag is
 * mapped once here, then one UPDATE writes the rows whose concepts differ (in the order of the tags).
 * A later change of the graph that maps tags differently ships a migration that calls this again.
 */
export async function backfillMentorConcepts(queryRunner: QueryRunner): Promise<void> {
    const graph = bundledConceptGraph();
    const rows = (await queryRunner.query(`SELECT DISTINCT s.tag FROM "mentors" m CROSS JOIN unnest(m."skills") AS s(tag)`)) as { tag: string }[];
    const pairs = rows.flatMap(({ tag }) => {
        const concept = graph.canonicalSkill(tag);
        return concept ? [[tag, concept] as const] : [];
    });
    await queryRunner.query(
        `
        UPDATE "mentors" m SET "concepts" = c.concepts
          FROM (
            SELECT m2.id, coalesce((
                     SELECT array_agg(x.concept ORDER BY x.ord)
                       FROM (SELECT t.concept, min(s.ord) AS ord
                               FROM unnest(m2."skills") WITH ORDINALITY AS s(tag, ord)
                               JOIN unnest($1::text[], $2::text[]) AS t(tag, concept) ON t.tag = s.tag
                              GROUP BY t.concept) x), '{}') AS concepts
              FROM "mentors" m2
          ) c
         WHERE c.id = m.id AND m."concepts" IS DISTINCT FROM c.concepts
        `,
        [pairs.map(([tag]) => tag), pairs.map(([, concept]) => concept)],
    );
}
