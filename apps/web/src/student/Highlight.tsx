import { Mark } from '@mantine/core';
import type { ReactNode } from 'react';
import { highlightParts } from './highlight';

/** The text with the search's `matched` terms marked. */
export function Highlight({ text, terms }: { text: string; terms: readonly string[] }): ReactNode {
  return highlightParts(text, terms).map((part, index) => (part.match ? <Mark key={index}>{part.text}</Mark> : <span key={index}>{part.text}</span>));
}
