/**
 * SQL that fills an empty, migrated database with a platform of the given size, straight from
 * generate_series (no round trips per row). Ids are md5-derived (version-4-shaped) UUIDs so rows can reference each
 * other without lookups. Open requests (pending, accepted) only in the last 60 days.
 */
export const SKILLS = [
  'python', 'javascript', 'typescript', 'go', 'rust', 'java', 'kotlin', 'swift', 'c++', 'c#',
  'sql', 'postgresql', 'machine learning', 'deep learning', 'data science', 'statistics', 'react', 'vue', 'angular', 'node.js',
  'system design', 'kubernetes', 'docker', 'devops', 'aws', 'gcp', 'linux', 'networking', 'security', 'algorithms',
  'interview prep', 'product management', 'ux design', 'figma', 'career growth', 'leadership', 'mlops', 'nlp', 'computer vision', 'spark',
  'kafka', 'redis', 'graphql', 'rest api', 'testing', 'ci/cd', 'terraform', 'android', 'ios', 'flutter',
  'unity', 'game dev', 'blockchain', 'embedded', 'elixir', 'scala', 'haskell', 'php', 'ruby', 'english',
];

const skillArray = `ARRAY[${SKILLS.map((s) => `'${s}'`).join(',')}]::text[]`;

/** `k` random skills, popular ones (low index) more often. */
const randomSkills = (seedExpr, k) =>
  `ARRAY(SELECT DISTINCT (${skillArray})[1 + floor(power(random(), 2) * ${SKILLS.length})::int] FROM generate_series(1, ${k}) j WHERE j > 0 * ${seedExpr})`;

export function accountsSql({ mentors, students }) {
  return [
    // A version-4-shaped UUID from md5, so that generated ids pass the API's UUID validation.
    `CREATE OR REPLACE FUNCTION bench_uuid(text) RETURNS uuid LANGUAGE sql IMMUTABLE PARALLEL SAFE
       AS $$ SELECT overlay(overlay(md5($1) PLACING '4' FROM 13) PLACING '8' FROM 17)::uuid $$`,
    `INSERT INTO accounts (id, kind, email, password_hash, created_at, updated_at)
     SELECT bench_uuid('mentor-' || i), 'mentor', 'mentor' || i || '@bench.test', '!', now() - random() * interval '400 days', now()
       FROM generate_series(1, ${mentors}) i`,
    `INSERT INTO accounts (id, kind, email, password_hash, created_at, updated_at)
     SELECT bench_uuid('student-' || i), 'student', 'student' || i || '@bench.test', '!', now() - random() * interval '400 days', now()
       FROM generate_series(1, ${students}) i`,
    `INSERT INTO mentors (id, name, bio, expertise, skills, experience_years, languages, capacity, accepting_requests,
                          rating_count, rating_sum, rating_distribution, rating_score, created_at, updated_at)
     SELECT bench_uuid('mentor-' || i), 'Mentor ' || i, 'Bench mentor', 'Engineering', ${randomSkills('i', '3 + i % 4')},
            i % 20, ARRAY['en'], 1 + i % 10, i % 10 <> 0,
            d1 + d2 + d3 + d4 + d5, d1 + 2 * d2 + 3 * d3 + 4 * d4 + 5 * d5, ARRAY[d1, d2, d3, d4, d5],
            (17.5 + d1 + 2 * d2 + 3 * d3 + 4 * d4 + 5 * d5) / (5.0 + d1 + d2 + d3 + d4 + d5),
            a.created_at, now()
       FROM generate_series(1, ${mentors}) i
       JOIN accounts a ON a.id = bench_uuid('mentor-' || i)
      CROSS JOIN LATERAL (SELECT i % 3 AS d1, i % 4 AS d2, i % 5 AS d3, i % 7 AS d4, i % 11 AS d5) d`,
    `INSERT INTO students (id, name, about, interests, created_at, updated_at)
     SELECT bench_uuid('student-' || i), 'Student ' || i, '', ${randomSkills('i', '1 + i % 3')}, now() - random() * interval '400 days', now()
       FROM generate_series(1, ${students}) i`,
  ];
}

/** One chunk of requests [first, first + count). Conflicting open pairs are skipped (ON CONFLICT). */
export function requestsSql({ mentors, students }, count) {
  return `
  INSERT INTO mentorship_requests (student_id, mentor_id, message, status, created_at, updated_at, responded_at, closed_at)
  SELECT student_id, mentor_id, 'Bench request', status, created_at, created_at,
         CASE WHEN answered THEN created_at + power(r3, 3) * interval '72 hours' END,
         CASE WHEN status IN ('rejected', 'cancelled', 'completed')
              THEN created_at + power(r3, 3) * interval '72 hours' + r3 * interval '20 days' END
    FROM (
      SELECT bench_uuid('student-' || (1 + floor(r1 * ${students})::int)) AS student_id,
             bench_uuid('mentor-' || (1 + floor(power(r2, 2) * ${mentors})::int)) AS mentor_id,
             created_at, r3,
             CASE WHEN created_at > now() - interval '60 days' AND r4 < 0.15 THEN 'pending'
                  WHEN created_at > now() - interval '60 days' AND r4 < 0.20 THEN 'accepted'
                  WHEN r4 < 0.45 THEN 'rejected'
                  WHEN r4 < 0.60 THEN 'cancelled'
                  ELSE 'completed' END AS status,
             NOT (r4 < 0.15 AND created_at > now() - interval '60 days') AND NOT (r4 >= 0.45 AND r4 < 0.55) AS answered
        FROM (SELECT random() AS r1, random() AS r2, random() AS r3, random() AS r4,
                     now() - random() * interval '365 days' AS created_at
                FROM generate_series(1, ${count})) g
    ) x
  ON CONFLICT DO NOTHING`;
}

export const AFTER_LOAD_SQL = [
  `UPDATE mentors m SET active_mentees = LEAST(a.n, 100), capacity = LEAST(100, GREATEST(m.capacity, a.n))
     FROM (SELECT mentor_id, count(*)::int AS n FROM mentorship_requests WHERE status = 'accepted' GROUP BY mentor_id) a
    WHERE a.mentor_id = m.id`,
  `INSERT INTO search_skill_log (day, skill, count)
   SELECT d::date, s, 1 + floor(random() * 200 / (1 + k))::int
     FROM generate_series(current_date - 400, current_date, interval '1 day') d
    CROSS JOIN unnest(${skillArray}) WITH ORDINALITY AS u(s, k)`,
];
