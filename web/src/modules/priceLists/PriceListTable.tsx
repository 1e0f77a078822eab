import { Badge, Empty, Table, Tag, Typography } from 'antd';
import type { ColumnsType } from 'antd/es/table';
import { useTranslation } from 'react-i18next';
import { useZones } from '../zones/useZones';
import { priceListScope } from './priceListScope';
import type { PriceList } from './types';

type PriceListTableProps = {
  lists: PriceList[];
  loading: boolean;
  onOpen: (list: PriceList) => void;
};

const SCOPE_COLOR = { channelZone: 'purple', zone: 'geekblue', channel: 'cyan', general: 'default' } as const;

/** The price lists: name, how specific, channel, zone, active and item count; a row opens one. */
export function PriceListTable({ lists, loading, onOpen }: PriceListTableProps) {
  const { t, i18n } = useTranslation();
  const { data: zones } = useZones();
  const zoneName = (id: string | null) => (id ? (zones?.find((z) => z.id === id)?.name ?? id) : null);
  const number = new Intl.NumberFormat(i18n.language);
  const muted = (text: string) => <Typography.Text type="secondary">{text}</Typography.Text>;

  const columns: ColumnsType<PriceList> = [
    {
      title: t('priceLists.name'),
      dataIndex: 'name',
      ellipsis: true,
      sorter: (a, b) => a.name.localeCompare(b.name, i18n.language),
      render: (name: string) => <Typography.Text strong>{name}</Typography.Text>,
    },
    {
      title: t('priceLists.scope'),
      key: 'scope',
      width: 130,
      render: (_: unknown, list) => {
        const scope = priceListScope(list);
        return (
          <Tag bordered={false} color={SCOPE_COLOR[scope]}>
            {t(`priceLists.scopes.${scope}`)}
          </Tag>
        );
      },
    },
    {
      title: t('priceLists.channel'),
      dataIndex: 'channel',
      width: 120,
      render: (c: string | null) => (c ? t(`channels.${c}`, { defaultValue: c }) : muted(t('priceLists.anyChannel'))),
    },
    {
      title: t('priceLists.zone'),
      dataIndex: 'zone_id',
      width: 140,
      ellipsis: true,
      render: (id: string | null) => zoneName(id) ?? muted(t('priceLists.anyZone')),
    },
    {
      title: t('priceLists.active'),
      dataIndex: 'active',
      width: 110,
      filters: [
        { text: t('priceLists.activeOn'), value: true },
        { text: t('priceLists.activeOff'), value: false },
      ],
      onFilter: (value, list) => list.active === value,
      render: (active: boolean) => (
        <Badge status={active ? 'success' : 'default'} text={active ? t('priceLists.activeOn') : t('priceLists.activeOff')} />
      ),
    },
    {
      title: t('priceLists.itemCount'),
      dataIndex: 'item_count',
      width: 110,
      align: 'right',
      sorter: (a, b) => a.item_count - b.item_count,
      render: (n: number) => <span className="num">{number.format(n)}</span>,
    },
  ];

  return (
    <Table<PriceList>
      data-testid="price-lists-table"
      rowKey="id"
      columns={columns}
      dataSource={lists}
      loading={loading}
      scroll={{ x: 820 }}
      rowClassName="clickable-row"
      onRow={(list) => ({ onClick: () => onOpen(list) })}
      locale={{ emptyText: <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('priceLists.empty')} /> }}
      pagination={{ pageSize: 20, hideOnSinglePage: true, showTotal: (total) => t('common.total', { count: total }) }}
    />
  );
}
