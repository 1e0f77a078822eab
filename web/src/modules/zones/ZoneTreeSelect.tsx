import { TreeSelect, type TreeSelectProps } from 'antd';
import { useMemo } from 'react';
import { buildZoneTree } from './buildZoneTree';
import type { ZoneKind } from './types';
import { useZones } from './useZones';
import { zoneTreeData, type ZoneTreeDataNode } from './zoneTreeData';

type ZoneTreeSelectProps = Omit<TreeSelectProps<string>, 'treeData'> & {
  /** Only nodes of these kinds can be picked (the others stay visible as headings). */
  selectableKinds?: ZoneKind[];
};

function markSelectable(nodes: ZoneTreeDataNode[], kinds: ZoneKind[]): (ZoneTreeDataNode & { selectable: boolean })[] {
  return nodes.map((node) => ({
    ...node,
    selectable: kinds.includes(node.zone.kind),
    children: markSelectable(node.children, kinds),
  }));
}

/** Picks a company, region or zone from the organisation tree. */
export function ZoneTreeSelect({ selectableKinds, ...props }: ZoneTreeSelectProps) {
  const { data, isLoading } = useZones();
  const treeData = useMemo(() => {
    const nodes = zoneTreeData(buildZoneTree(data ?? []), (zone) => zone.name);
    return selectableKinds ? markSelectable(nodes, selectableKinds) : nodes;
  }, [data, selectableKinds]);
  return (
    <TreeSelect<string>
      allowClear
      showSearch
      treeNodeFilterProp="label"
      treeDefaultExpandAll
      loading={isLoading}
      {...props}
      treeData={treeData}
    />
  );
}
