import { Input, Tag, Typography } from 'antd';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { TopicField } from './types';
import { useRuleLabels } from './useRuleLabels';

const TYPE_COLORS: Record<string, string> = { number: 'blue', text: 'green', date: 'purple', bool: 'orange' };

type FieldPickerProps = {
  fields: TopicField[];
  /** Called with the field's name (`customer.credit_limit`) on a click. */
  onPick?: (name: string) => void;
  testId?: string;
};

/** The fields the trigger's record offers, with their types; a click inserts one. */
export function FieldPicker({ fields, onPick, testId = 'rule-field-picker' }: FieldPickerProps) {
  const { t } = useTranslation();
  const labels = useRuleLabels();
  const [search, setSearch] = useState('');
  const shown = useMemo(() => {
    const q = search.trim().toLowerCase();
    return q ? fields.filter((f) => f.name.toLowerCase().includes(q) || labels.field(f.name).toLowerCase().includes(q)) : fields;
  }, [fields, search, labels]);
  return (
    <div className="rule-field-picker" data-testid={testId}>
      <Input.Search
        size="small"
        allowClear
        placeholder={t('rules.condition.searchFields')}
        value={search}
        onChange={(e) => setSearch(e.target.value)}
      />
      <ul className="rule-field-picker__list">
        {shown.map((f) => (
          <li key={f.name}>
            <button
              type="button"
              className="rule-field-picker__item"
              disabled={!onPick}
              onClick={() => onPick?.(f.name)}
              data-testid={`rule-field-${f.name}`}
            >
              <span className="rule-field-picker__label">{labels.field(f.name)}</span>
              <code className="rule-field-picker__name">{f.name}</code>
              <Tag color={TYPE_COLORS[f.type] ?? 'default'} className="rule-field-picker__type">
                {labels.fieldType(f.type)}
              </Tag>
            </button>
          </li>
        ))}
        {shown.length === 0 ? (
          <li>
            <Typography.Text type="secondary">{t('rules.condition.noFields')}</Typography.Text>
          </li>
        ) : null}
      </ul>
    </div>
  );
}
