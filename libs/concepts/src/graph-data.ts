/**
 * The bundled graph: one JSON file per area. Adding an area file means adding it here
 * (see docs/concepts.md, "Extending the graph").
 */
import type { Ambiguity, ConceptData } from './concept.types.js';
import ambiguities from '../data/ambiguities.json' with { type: 'json' };
import careerAndSoftSkills from '../data/career-and-soft-skills.json' with { type: 'json' };
import computerScience from '../data/computer-science.json' with { type: 'json' };
import dataAndMl from '../data/data-and-ml.json' with { type: 'json' };
import databases from '../data/databases.json' with { type: 'json' };
import design from '../data/design.json' with { type: 'json' };
import domains from '../data/domains.json' with { type: 'json' };
import infrastructure from '../data/infrastructure.json' with { type: 'json' };
import languages from '../data/languages.json' with { type: 'json' };
import platforms from '../data/platforms.json' with { type: 'json' };
import productAndManagement from '../data/product-and-management.json' with { type: 'json' };
import security from '../data/security.json' with { type: 'json' };
import testing from '../data/testing.json' with { type: 'json' };
import toolsAndPractices from '../data/tools-and-practices.json' with { type: 'json' };
import web from '../data/web.json' with { type: 'json' };

export const BUNDLED_AREAS: Readonly<Record<string, readonly ConceptData[]>> = {
  languages,
  web,
  platforms,
  'data-and-ml': dataAndMl,
  infrastructure,
  databases,
  security,
  testing,
  design,
  'product-and-management': productAndManagement,
  'career-and-soft-skills': careerAndSoftSkills,
  domains,
  'computer-science': computerScience,
  'tools-and-practices': toolsAndPractices,
};

export const BUNDLED_CONCEPTS: readonly ConceptData[] = Object.values(BUNDLED_AREAS).flat();
export const BUNDLED_AMBIGUITIES: readonly Ambiguity[] = ambiguities;
