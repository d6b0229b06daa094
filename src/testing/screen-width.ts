import { vi } from 'vitest';

/** Stubs `matchMedia` so every media query answers `wide` (the wizard's aside sits beside the form when wide). */
export function setScreenWide(wide: boolean): void {
  vi.stubGlobal('matchMedia', (query: string) => ({
    matches: wide,
    media: query,
    addEventListener: () => {},
    removeEventListener: () => {},
  }));
}
