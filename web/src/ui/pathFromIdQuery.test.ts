import { describe, expect, it } from 'vitest';
import { pathFromIdQuery } from './pathFromIdQuery';

describe('pathFromIdQuery', () => {
  it('turns a notification link ?id= into the drawer path, keeping the other parameters', () => {
    expect(pathFromIdQuery('/approvals', new URLSearchParams('id=42'))).toBe('/approvals/42');
    expect(pathFromIdQuery('/tasks', new URLSearchParams('mine=0&id=7'))).toBe('/tasks/7?mine=0');
  });

  it('is null without a numeric id', () => {
    expect(pathFromIdQuery('/approvals', new URLSearchParams('tab=mine'))).toBeNull();
    expect(pathFromIdQuery('/approvals', new URLSearchParams('id=../x'))).toBeNull();
  });
});
