import { describe, expect, it } from 'vitest';
import { buildZoneTree, childKind, type ZoneNode } from './buildZoneTree';
import type { Zone } from './types';

function zone(id: string, parent_id: string | null, kind: Zone['kind'], code = id): Zone {
  return { id, parent_id, kind, name: `Z${id}`, code, manager_id: null, manager_name: null, member_count: 0, version: 1 };
}

function shape(nodes: ZoneNode[]): unknown[] {
  return nodes.map((n) => (n.children.length ? { [n.zone.id]: shape(n.children) } : n.zone.id));
}

describe('buildZoneTree', () => {
  it('nests company → region → zone and orders siblings by code', () => {
    const tree = buildZoneTree([
      zone('5', '2', 'zone', 'E-2'),
      zone('2', '1', 'region', 'E'),
      zone('1', null, 'company', 'HQ'),
      zone('4', '2', 'zone', 'E-1'),
      zone('3', '1', 'region', 'A'),
    ]);
    expect(shape(tree)).toEqual([{ '1': ['3', { '2': ['4', '5'] }] }]);
  });

  it('keeps orphans and parent loops visible as roots', () => {
    const tree = buildZoneTree([zone('1', 'missing', 'region'), zone('2', '3', 'zone'), zone('3', '2', 'zone')]);
    expect(tree.map((n) => n.zone.id).sort()).toEqual(['1', '2', '3']);
  });

  it('returns an empty forest for no zones', () => {
    expect(buildZoneTree([])).toEqual([]);
  });
});

describe('childKind', () => {
  it('steps down one level and stops at zone', () => {
    expect(childKind('company')).toBe('region');
    expect(childKind('region')).toBe('zone');
    expect(childKind('zone')).toBeNull();
  });
});
