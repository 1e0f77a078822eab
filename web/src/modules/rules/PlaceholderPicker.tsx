import { Select } from 'antd';
import { useTranslation } from 'react-i18next';
import type { TopicField } from './types';
import { useRuleLabels } from './useRuleLabels';

/** Adds a `{{field}}` placeholder (filled in from the record when the rule runs). */
export function PlaceholderPicker({ fields, onPick, testId }: { fields: TopicField[]; onPick: (placeholder: string) => void; testId?: string }) {
  const { t } = useTranslation();
  const labels = useRuleLabels();
  return (
    <Select<string>
      size="small"
      value={null}
      placeholder={t('rules.action.insertPlaceholder')}
      popupMatchSelectWidth={280}
      className="rule-placeholder-picker"
      showSearch={{ optionFilterProp: 'search' }}
      onChange={(name) => onPick(`{{${name}}}`)}
      data-testid={testId}
      options={fields.map((f) => ({
        value: f.name,
        search: `${labels.field(f.name)} ${f.name}`,
        label: (
          <span className="select-option">
            <span className="select-option__label">{labels.field(f.name)}</span>
            <span className="select-option__extra num">{f.name}</span>
          </span>
        ),
      }))}
    />
  );
}
