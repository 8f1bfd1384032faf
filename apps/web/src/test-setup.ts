import { cleanup } from '@testing-library/react';
import { afterEach, vi } from 'vitest';

// What Mantine asks of the browser and jsdom lacks.
Object.defineProperty(window, 'matchMedia', {
  value: (query: string) => ({ matches: false, media: query, onchange: null, addEventListener: () => {}, removeEventListener: () => {}, addListener: () => {}, removeListener: () => {}, dispatchEvent: () => false }),
});
globalThis.ResizeObserver ??= class {
  observe(): void {}
  unobserve(): void {}
  disconnect(): void {}
};

// The typed client takes fetch when it is created: a mock from the start, which tests answer (reset after each).
vi.stubGlobal('fetch', vi.fn());

afterEach(() => {
  cleanup();
  localStorage.clear();
});
