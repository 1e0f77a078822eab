import type { Zone, ZoneKind } from './types';

export type ZoneNode = { zone: Zone; children: ZoneNode[] };

const kindOrder: Record<ZoneKind, number> = { company: 0, region: 1, zone: 2 };

function compare(a: ZoneNode, b: ZoneNode): number {
  return (
    (kindOrder[a.zone.kind] ?? 9) - (kindOrder[b.zone.kind] ?? 9) ||
    a.zone.code.localeCompare(b.zone.code) ||
    a.zone.name.localeCompare(b.zone.name)
  );
}

/** True when following parent_id from `zone` comes back to a zone already seen. */
function inCycle(zone: Zone, byId: Map<string, Zone>): boolean {
  const seen = new Set<string>([zone.id]);
  let parentId = zone.parent_id;
  while (parentId) {
    if (seen.has(parentId)) return true;
    seen.add(parentId);
    parentId = byId.get(parentId)?.parent_id ?? null;
  }
  return false;
}

/**
 * Builds the company → region → zone tree from the flat `/zones` list. A zone whose
 * parent is missing (or that sits on a parent loop) becomes a root, so nothing is
 * ever hidden. Siblings are ordered by kind, then code, then name.
 */
export function buildZoneTree(zones: Zone[]): ZoneNode[] {
  const byId = new Map(zones.map((zone) => [zone.id, zone]));
  const nodes = new Map(zones.map((zone) => [zone.id, { zone, children: [] as ZoneNode[] }]));
  const roots: ZoneNode[] = [];
  for (const node of nodes.values()) {
    const parent = node.zone.parent_id ? nodes.get(node.zone.parent_id) : undefined;
    if (parent && !inCycle(node.zone, byId)) parent.children.push(node);
    else roots.push(node);
  }
  const sortDeep = (list: ZoneNode[]) => {
    list.sort(compare);
    for (const node of list) sortDeep(node.children);
  };
  sortDeep(roots);
  return roots;
}

/** The kind a new child of `kind` gets, or null when it takes no children. */
export function childKind(kind: ZoneKind): ZoneKind | null {
  if (kind === 'company') return 'region';
  if (kind === 'region') return 'zone';
  return null;
}
