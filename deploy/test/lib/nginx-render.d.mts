export const repoRoot: string;
export const nginxSrc: string;
export function testVars(upstreamPorts: number[], overrides?: Record<string, string>): Record<string, string>;
export function substitute(text: string, vars: Record<string, string>, name?: string): string;
export function renderNginx(options: { dir: string; listenPort: number; vars: Record<string, string>; workers?: number }): {
  conf: string;
  accessLog: string;
  errorLog: string;
  pidFile: string;
};
export function findNginx(): string | null;
