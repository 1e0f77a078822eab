import { describe, expect, it } from 'vitest';
import { orderPreferences } from './notificationKinds';

describe('orderPreferences', () => {
  const items = [
    { kind: 'security', enabled: true, locked: true },
    { kind: 'future', enabled: true, locked: false },
    { kind: 'task', enabled: true, locked: false },
    { kind: 'approval', enabled: false, locked: false },
  ];

  it('lists the known kinds in settings order and new ones last', () => {
    expect(orderPreferences(items).map((p) => p.kind)).toEqual(['approval', 'task', 'security', 'future']);
  });

  it('shows a switch being saved at its new value, never a locked one', () => {
    const shown = orderPreferences(items, { task: false, security: false });
    expect(shown.find((p) => p.kind === 'task')?.enabled).toBe(false);
    expect(shown.find((p) => p.kind === 'security')?.enabled).toBe(true);
  });
});
