import { EyeOutlined, SaveOutlined } from '@ant-design/icons';
import { Button, Tag } from 'antd';
import { useTranslation } from 'react-i18next';
import { RuleValidationBar } from '../rules/RuleValidationBar';

type ChainSaveBarProps = {
  version: number;
  /** Editors get the check, the unsaved tag and Save; everyone else a "read only" tag. */
  editable: boolean;
  /** On the design tab (the check and Save are about the editor). */
  designing: boolean;
  checking: boolean;
  known: boolean;
  problemCount: number;
  dirty: boolean;
  saving: boolean;
  /** Save is offered only for a changed chain without known problems (and no conflict pending). */
  canSave: boolean;
  onSave: () => void;
};

/** The designer's header: the version in force, the server's check of the chain as edited, and Save. */
export function ChainSaveBar(props: ChainSaveBarProps) {
  const { t } = useTranslation();
  const { version, editable, designing, dirty } = props;
  return (
    <>
      <Tag data-testid="chain-version">
        v{version}
      </Tag>
      {editable && designing ? (
        <>
          <RuleValidationBar checking={props.checking} known={props.known} problemCount={props.problemCount} okText={t('approvalChain.valid')} />
          {dirty ? (
            <Tag color="warning" data-testid="chain-dirty">
              {t('rules.designer.unsaved')}
            </Tag>
          ) : null}
          <Button type="primary" icon={<SaveOutlined />} onClick={props.onSave} loading={props.saving} disabled={!props.canSave} data-testid="chain-save">
            {t('common.save')}
          </Button>
        </>
      ) : null}
      {editable ? null : (
        <Tag icon={<EyeOutlined />} data-testid="chain-readonly">
          {t('approvalChain.readOnly')}
        </Tag>
      )}
    </>
  );
}
