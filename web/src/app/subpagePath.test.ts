import { describe, expect, it } from 'vitest';
import { matchesSubpagePath, pickSubpagePath } from './subpagePath';

describe('matchesSubpagePath', () => {
  it('matches literals and parameters segment by segment', () => {
    expect(matchesSubpagePath(':id', '42')).toBe(true);
    expect(matchesSubpagePath(':id', '42/x')).toBe(false);
    expect(matchesSubpagePath('alerts/:id', 'alerts/42')).toBe(true);
    expect(matchesSubpagePath('alerts/:id', 'alerts/')).toBe(false);
    expect(matchesSubpagePath('alerts', 'alerts')).toBe(true);
    expect(matchesSubpagePath('alerts', 'accuracy')).toBe(false);
  });
});

describe('pickSubpagePath', () => {
  const paths = ['import', ':id', 'alerts', 'alerts/:id', 'accuracy'];

  it('prefers a literal over a parameter', () => {
    expect(pickSubpagePath(paths, 'import')).toBe('import');
    expect(pickSubpagePath(paths, 'accuracy')).toBe('accuracy');
    expect(pickSubpagePath(paths, '42')).toBe(':id');
  });

  it('matches nested subpages', () => {
    expect(pickSubpagePath(paths, 'alerts/42')).toBe('alerts/:id');
    expect(pickSubpagePath(paths, 'alerts/42/x')).toBeUndefined();
  });
});
