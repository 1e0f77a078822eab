import { CheckCircleFilled, CloseCircleFilled, LoadingOutlined } from '@ant-design/icons';
import { Flex, Typography } from 'antd';
import { useTranslation } from 'react-i18next';

type RuleValidationBarProps = {
  checking: boolean;
  problemCount: number;
  known: boolean;
  /** Said when valid (default: "the rule is valid"). */
  okText?: string;
};

/** Whether the server finds the rule as edited valid: checking, valid, or N problems (on their nodes). */
export function RuleValidationBar({ checking, problemCount, known, okText }: RuleValidationBarProps) {
  const { t } = useTranslation();
  let content;
  if (checking || !known) {
    content = (
      <Typography.Text type="secondary">
        <LoadingOutlined /> {t('rules.validation.checking')}
      </Typography.Text>
    );
  } else if (problemCount === 0) {
    content = (
      <Typography.Text type="success">
        <CheckCircleFilled /> {okText ?? t('rules.validation.ok')}
      </Typography.Text>
    );
  } else {
    content = (
      <Typography.Text type="danger">
        <CloseCircleFilled /> {t('rules.validation.problems', { count: problemCount })}
      </Typography.Text>
    );
  }
  return (
    <Flex align="center" gap={8} className="rule-validation" data-testid="rule-validation" data-state={checking || !known ? 'checking' : problemCount ? 'invalid' : 'ok'}>
      {content}
    </Flex>
  );
}
