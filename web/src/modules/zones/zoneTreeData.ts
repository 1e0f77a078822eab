import type { ReactNode } from 'react';
import type { ZoneNode } from './buildZoneTree';
import type { Zone } from './types';

export type ZoneTreeDataNode = {
  key: string;
  value: string;
  title: ReactNode;
  label: string;
  zone: Zone;
  children: ZoneTreeDataNode[];
};

/** Maps the zone tree to antd Tree / TreeSelect nodes. */
export function zoneTreeData(nodes: ZoneNode[], renderTitle: (zone: Zone) => ReactNode): ZoneTreeDataNode[] {
  return nodes.map(({ zone, children }) => ({
    key: zone.id,
    value: zone.id,
    title: renderTitle(zone),
    label: `${zone.name} ${zone.code}`,
    zone,
    children: zoneTreeData(children, renderTitle),
  }));
}
