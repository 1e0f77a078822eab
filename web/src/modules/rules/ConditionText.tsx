import { useTranslation } from 'react-i18next';
import { markCondition } from './conditionMark';

type ConditionTextProps = {
  text: string;
  /** 1-based character the server's error names; that word is highlighted. */
  position?: number;
  className?: string;
};

/** A condition expression as code, with the spot an error names highlighted. */
export function ConditionText({ text, position, className }: ConditionTextProps) {
  const { t } = useTranslation();
  if (!text.trim()) {
    return <span className="rule-condition-text rule-condition-text--empty">{t('rules.condition.always')}</span>;
  }
  const { before, mark, after, atEnd } = markCondition(text, position);
  return (
    <code className={`rule-condition-text${className ? ` ${className}` : ''}`} data-testid="rule-condition-text">
      {before}
      {mark ? (
        <mark className="rule-condition-text__mark" data-testid="rule-condition-mark" title={t('rules.condition.errorHere')}>
          {mark}
        </mark>
      ) : null}
      {atEnd ? (
        <mark className="rule-condition-text__mark rule-condition-text__mark--end" data-testid="rule-condition-mark" title={t('rules.condition.errorAtEnd')}>
          {'\u2003'}
        </mark>
      ) : null}
      {after}
    </code>
  );
}
