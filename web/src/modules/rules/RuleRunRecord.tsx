import { Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { recordPath } from '../../ui/recordPath';

/**
 * The record a run was about, linked to its page: by its label ("报价单 QT-20261127-000123 ·
 * 杭州百货"), or by id ("报价单 #384…") for runs logged without one.
 */
export function RuleRunRecord({ object, id, label }: { object: string | null; id: string | null; label?: string | null }) {
  const { t } = useTranslation();
  if (!object || !id) return <Typography.Text type="secondary">—</Typography.Text>;
  const kind = t(`records.${object}`, { defaultValue: object });
  const path = recordPath(object, id);
  const text = (
    <>
      <Typography.Text type="secondary">{kind} </Typography.Text>
      <span className="num">{label || `#${id}`}</span>
    </>
  );
  return path ? (
    <Link to={path} data-testid="rule-run-record">
      {text}
    </Link>
  ) : (
    <span data-testid="rule-run-record">{text}</span>
  );
}
