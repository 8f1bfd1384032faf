import { MigrationInterface, QueryRunner } from "typeorm";
import { backfillMentorConcepts } from "./1797100000000-MentorConcepts.js";

/**
 * The skills graph now maps some tags differently: new names (healthcare IT, EHR, HL7 and FHIR are
 * healthtech; "дата сайентист" is data science; design tools' Russian spellings), and the real-word
 * lexicon keeps everyday words from being typo-corrected into a concept. Existing mentors' `concepts`
 * are recomputed from their `skills` with the bundled graph (only the rows that change are written).
 * Down keeps the recomputed concepts: the earlier mapping was a bug, not a state to return to.
 */
export class ConceptsRemap1797500000000 implements MigrationInterface {
    name = 'ConceptsRemap1797500000000'

    public async up(queryRunner: QueryRunner): Promise<void> {
        await backfillMentorConcepts(queryRunner);
    }

    public async down(): Promise<void> {}
}
