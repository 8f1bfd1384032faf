/** Suggestions for the skill inputs (search filters, the mentor's profile); any other skill may be typed. */
export const SKILL_SUGGESTIONS = ['python', 'javascript', 'typescript', 'react', 'go', 'java', 'sql', 'machine-learning', 'devops', 'kotlin', 'c++', 'system-design'];
