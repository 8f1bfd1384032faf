import type { Spread } from './stats.js';

export interface Row {
  scenario: string;
  figure: string;
  unit: string;
  app: Spread;
  reference?: { label: string; value: Spread; unit?: string };
  ratio?: Spread;
  goal?: string;
  /** undefined when there is no goal. */
  met?: boolean;
  digits?: number;
}

export interface ScenarioResult {
  rows: Row[];
  notes: string[];
  /** Set when the scenario could not run; the reason is printed and written. */
  skipped?: string;
}

export interface Context {
  runs: number;
  durationS: number;
  log(message: string): void;
  /** Milliseconds left of the suite's budget. */
  remainingMs(): number;
  /** Figures one scenario leaves for another (the memory scenario reuses the 100k index and the open streams). */
  shared: Map<string, number>;
  /** Extra node flags for app processes (e.g. --cpu-prof). */
  appNodeArgs: string[];
}

export interface Scenario {
  name: string;
  description: string;
  /** Rough duration at the defaults, for the budget check. */
  estimateS: number;
  run(ctx: Context): Promise<ScenarioResult>;
}

export class SkipScenario extends Error {}
