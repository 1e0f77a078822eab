import { PaperClipOutlined } from '@ant-design/icons';
import { Button, Tooltip } from 'antd';
import { useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { FILE_ACCEPT } from './attachmentRules';

type Props = { disabled?: boolean; onFiles: (files: File[]) => void };

/** Opens the file picker (images, PDF, Office, text, CSV, zip). */
export function AttachFileButton({ disabled, onFiles }: Props) {
  const { t } = useTranslation();
  const input = useRef<HTMLInputElement>(null);
  return (
    <>
      <Tooltip title={t('messages.attachHint')}>
        <Button icon={<PaperClipOutlined />} disabled={disabled} onClick={() => input.current?.click()} data-testid="attach-file">
          {t('messages.attach')}
        </Button>
      </Tooltip>
      <input
        ref={input}
        type="file"
        multiple
        accept={FILE_ACCEPT}
        hidden
        data-testid="attach-input"
        onChange={(event) => {
          const files = [...(event.target.files ?? [])];
          event.target.value = '';
          if (files.length) onFiles(files);
        }}
      />
    </>
  );
}
