import { Alert, Button, Flex, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { ACTION_ICONS } from './actionIcons';
import { ACTION_TYPES } from './ruleDraft';
import type { RuleActionType, RuleProblem } from './types';

/** Adds an action of a kind at the end of the flow. */
export function AddActionPanel({ problems, onAdd, disabled }: { problems: RuleProblem[]; onAdd: (type: RuleActionType) => void; disabled: boolean }) {
  const { t } = useTranslation();
  return (
    <div data-testid="rule-add-panel">
      <Typography.Paragraph type="secondary">{t('rules.add.help')}</Typography.Paragraph>
      {problems.map((p) => (
        <Alert key={p.message} type="error" showIcon title={p.message} style={{ marginBottom: 12 }} />
      ))}
      <Flex vertical gap={8}>
        {ACTION_TYPES.map((type) => (
          <Button key={type} block icon={ACTION_ICONS[type]} disabled={disabled} onClick={() => onAdd(type)} className="rule-add-button" data-testid={`rule-add-${type}`}>
            <span className="rule-add-button__text">
              <strong>{t(`rules.actionTypes.${type}`)}</strong>
              <span>{t(`rules.add.${type}`)}</span>
            </span>
          </Button>
        ))}
      </Flex>
    </div>
  );
}
