import { TreeSelect, type TreeSelectProps } from 'antd';
import { useMemo } from 'react';
import { buildZoneTree } from './buildZoneTree';
import { useZones } from './useZones';
import { zoneTreeData } from './zoneTreeData';

type ZoneTreeSelectProps = Omit<TreeSelectProps<string>, 'treeData'>;

/** Picks a company, region or zone from the organisation tree. */
export function ZoneTreeSelect(props: ZoneTreeSelectProps) {
  const { data, isLoading } = useZones();
  const treeData = useMemo(() => zoneTreeData(buildZoneTree(data ?? []), (zone) => zone.name), [data]);
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
