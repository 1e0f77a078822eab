import { PlusOutlined } from '@ant-design/icons';
import { Alert, Badge, Button, Card, Col, Empty, Input, Row, Skeleton, Space, Tree, Typography } from 'antd';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { isApiError } from '../http/ApiError';
import { describeApiError } from '../http/describeApiError';
import { buildZoneTree } from './buildZoneTree';
import type { Zone } from './types';
import { useZones } from './useZones';
import { ZoneDetails } from './ZoneDetails';
import { ZoneFormModal, type ZoneFormTarget } from './ZoneFormModal';
import { ZoneKindIcon } from './ZoneKindIcon';
import { zoneTreeData } from './zoneTreeData';

function renderTitle(zone: Zone, filter: string) {
  const match = filter && `${zone.name} ${zone.code}`.toLowerCase().includes(filter.toLowerCase());
  return (
    <Space size={6} className={match ? 'org-tree__match' : undefined}>
      <ZoneKindIcon kind={zone.kind} />
      <span>{zone.name}</span>
      <Typography.Text type="secondary" style={{ fontSize: 12 }}>
        {zone.code}
      </Typography.Text>
      {zone.member_count > 0 ? <Badge count={zone.member_count} color="#94a3b8" size="small" /> : null}
    </Space>
  );
}

/** The organisation tree with a details panel for the selected node. */
export function OrgAdmin() {
  const { t } = useTranslation();
  const { data: zones, isLoading, error } = useZones();
  const [selectedId, setSelectedId] = useState<string | null>(null);
  const [filter, setFilter] = useState('');
  const [target, setTarget] = useState<ZoneFormTarget | null>(null);
  // Everything is expanded unless the user folded it, so new nodes show up at once.
  const [collapsed, setCollapsed] = useState<Set<string>>(new Set());

  const tree = useMemo(() => buildZoneTree(zones ?? []), [zones]);
  const treeData = useMemo(() => zoneTreeData(tree, (zone) => renderTitle(zone, filter)), [tree, filter]);

  if (isLoading) return <Skeleton active paragraph={{ rows: 8 }} />;
  if (error) {
    return <Alert type="error" showIcon title={isApiError(error) ? describeApiError(error, t) : t('errors.unexpected')} />;
  }

  const all = zones ?? [];
  const parentIds = new Set(all.flatMap((z) => (z.parent_id ? [z.parent_id] : [])));
  const expandedKeys = [...parentIds].filter((id) => !collapsed.has(id));
  const select = (id: string | null) => {
    setSelectedId(id);
    // Unfold the path to the selected node.
    const open = new Set(collapsed);
    for (let z = all.find((x) => x.id === id); z?.parent_id; z = all.find((x) => x.id === z?.parent_id)) {
      open.delete(z.parent_id);
    }
    setCollapsed(open);
  };
  const selected = all.find((z) => z.id === selectedId) ?? (tree[0]?.zone);
  const parent = selected?.parent_id ? all.find((z) => z.id === selected.parent_id) : undefined;
  const childCount = selected ? all.filter((z) => z.parent_id === selected.id).length : 0;

  return (
    <Row gutter={[16, 16]}>
      <Col xs={24} lg={9} xl={8}>
        <Card
          title={t('org.tree')}
          data-testid="org-tree"
          extra={
            <Button
              size="small"
              icon={<PlusOutlined />}
              onClick={() => setTarget({ mode: 'create', parent: null, kind: 'company' })}
            >
              {t('org.addCompany')}
            </Button>
          }
        >
          {all.length === 0 ? (
            <Empty description={t('org.empty')}>
              <Button type="primary" onClick={() => setTarget({ mode: 'create', parent: null, kind: 'company' })}>
                {t('org.addCompany')}
              </Button>
            </Empty>
          ) : (
            <>
              <Input.Search
                allowClear
                placeholder={t('org.searchPlaceholder')}
                style={{ marginBottom: 12 }}
                onChange={(e) => setFilter(e.target.value)}
              />
              <Tree
                blockNode
                showLine
                expandedKeys={expandedKeys}
                onExpand={(keys) => {
                  const open = new Set(keys.map(String));
                  setCollapsed(new Set([...parentIds].filter((id) => !open.has(id))));
                }}
                selectedKeys={selected ? [selected.id] : []}
                onSelect={(keys) => keys[0] !== undefined && select(String(keys[0]))}
                treeData={treeData}
              />
            </>
          )}
        </Card>
      </Col>
      <Col xs={24} lg={15} xl={16}>
        <ZoneDetails
          zone={selected}
          parent={parent}
          childCount={childCount}
          onAddChild={(zone) => {
            const kind = zone.kind === 'company' ? 'region' : 'zone';
            setTarget({ mode: 'create', parent: zone, kind });
          }}
          onEdit={(zone) => setTarget({ mode: 'edit', zone })}
          onDeleted={() => select(parent?.id ?? null)}
        />
      </Col>
      <ZoneFormModal target={target} onClose={() => setTarget(null)} onSaved={(zone) => select(zone.id)} />
    </Row>
  );
}
