/** A duration in seconds as hours in the interface language ("11,5 ч", "11.5 hr"); a dash when unknown. */
export function formatHours(seconds: number | null | undefined, language: string): string {
  if (seconds === null || seconds === undefined) return '—';
  return new Intl.NumberFormat(language, { style: 'unit', unit: 'hour', unitDisplay: 'short', maximumFractionDigits: 1 }).format(seconds / 3600);
}
