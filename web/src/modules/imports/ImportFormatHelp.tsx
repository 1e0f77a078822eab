import { DownloadOutlined, InfoCircleOutlined } from '@ant-design/icons';
import { Button, Card, Flex, Tag, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { saveBlob } from '../../ui/saveBlob';
import { ORDER_IMPORT_OPTIONAL, ORDER_IMPORT_REQUIRED, orderImportTemplate, type OrderImportLayout } from './orderImportTemplate';

const LAYOUTS: OrderImportLayout[] = ['salient', 'superstore'];

function downloadTemplate(layout: OrderImportLayout) {
  const blob = new Blob([orderImportTemplate(layout)], { type: 'text/csv;charset=utf-8' });
  saveBlob(blob, layout === 'salient' ? 'salient-orders-template.csv' : 'superstore-orders-template.csv');
}

/** The accepted file layouts, their columns and downloadable templates. */
export function ImportFormatHelp() {
  const { t } = useTranslation();
  return (
    <Card title={t('imports.formatTitle')} className="import-help" data-testid="import-format-help">
      <Typography.Paragraph type="secondary">{t('imports.formatIntro')}</Typography.Paragraph>
      {LAYOUTS.map((layout) => (
        <section key={layout} className="import-help__layout">
          <Flex justify="space-between" align="center" gap={8}>
            <Typography.Text strong>{t(`imports.layouts.${layout}`)}</Typography.Text>
            <Button
              size="small"
              type="link"
              icon={<DownloadOutlined />}
              onClick={() => downloadTemplate(layout)}
              data-testid={`import-template-${layout}`}
            >
              {t('imports.template')}
            </Button>
          </Flex>
          <Typography.Paragraph type="secondary" className="import-help__hint">
            {t(`imports.layoutHints.${layout}`)}
          </Typography.Paragraph>
          <div className="import-help__columns">
            {ORDER_IMPORT_REQUIRED[layout].map((c) => (
              <Tag key={c} color="blue" bordered={false} className="num">
                {c}
              </Tag>
            ))}
            {ORDER_IMPORT_OPTIONAL[layout].map((c) => (
              <Tag key={c} bordered={false} className="num import-help__optional">
                {c}
              </Tag>
            ))}
          </div>
        </section>
      ))}
      <Flex gap={8} className="import-help__legend">
        <Tag color="blue" bordered={false}>
          {t('imports.required')}
        </Tag>
        <Tag bordered={false}>{t('imports.optional')}</Tag>
      </Flex>
      <Typography.Paragraph className="import-help__rule">
        <InfoCircleOutlined /> {t('imports.atomicRule')}
      </Typography.Paragraph>
      <Typography.Paragraph type="secondary" className="import-help__rule">
        {t('imports.createsRule')}
      </Typography.Paragraph>
    </Card>
  );
}
