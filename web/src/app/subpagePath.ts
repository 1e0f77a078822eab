/** Whether a subpage path ("alerts/:id", "new") matches the rest of an address ("alerts/42"). */
export function matchesSubpagePath(pattern: string, rest: string): boolean {
  const want = pattern.split('/');
  const have = rest.split('/');
  return want.length === have.length && want.every((part, i) => (part.startsWith(':') ? have[i] !== '' : part === have[i]));
}

/**
 * The subpage path that shows `rest`: an exact literal first, then the pattern with the
 * most literal segments ("alerts/:id" before ":section/:id").
 */
export function pickSubpagePath(patterns: readonly string[], rest: string): string | undefined {
  const literals = (p: string) => p.split('/').filter((part) => !part.startsWith(':')).length;
  return patterns
    .filter((p) => matchesSubpagePath(p, rest))
    .sort((a, b) => literals(b) - literals(a))[0];
}
