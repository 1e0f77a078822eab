import { FileExcelOutlined, FileOutlined, FilePdfOutlined, FileTextOutlined, FileWordOutlined, FileZipOutlined, FilePptOutlined } from '@ant-design/icons';
import { Typography } from 'antd';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { baseContentType } from './attachmentRules';
import { formatBytes } from './formatBytes';
import { attachmentUrl } from './messagesApi';
import type { MessageAttachment } from './types';

function fileIcon(contentType: string): ReactNode {
  const type = baseContentType(contentType);
  if (type === 'application/pdf') return <FilePdfOutlined />;
  if (type === 'application/zip') return <FileZipOutlined />;
  if (type.includes('word')) return <FileWordOutlined />;
  if (type.includes('excel') || type.includes('spreadsheet') || type === 'text/csv') return <FileExcelOutlined />;
  if (type.includes('presentation')) return <FilePptOutlined />;
  if (type.startsWith('text/')) return <FileTextOutlined />;
  return <FileOutlined />;
}

/** A file as a download link with its size. */
export function FileAttachment({ attachment }: { attachment: MessageAttachment }) {
  const { t, i18n } = useTranslation();
  return (
    <a
      className="message-file"
      href={attachmentUrl(attachment.id)}
      download={attachment.file_name}
      title={t('messages.download', { name: attachment.file_name })}
      data-testid="message-file"
    >
      <span className="message-file__icon">{fileIcon(attachment.content_type)}</span>
      <span className="message-file__name">{attachment.file_name}</span>
      <Typography.Text type="secondary" className="message-file__size num">
        {formatBytes(attachment.size_bytes, i18n.language)}
      </Typography.Text>
    </a>
  );
}
