import { UploadOutlined } from '@ant-design/icons';
import { Alert, App, Button, Form, Input, Modal, Typography, Upload, type ButtonProps, type UploadFile } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { isApiError, type FieldError } from '../http/ApiError';
import { useApiErrorHandler } from '../http/useApiErrorHandler';
import { indicatorNameFromFile, isIndicatorName } from './indicatorName';
import { useUploadIndicator } from './useUploadIndicator';

const SAMPLE = ['date,value,dimension,member', '2026-01-01,51.2,,', '2026-02-01,50.1,,', '2026-01-01,48.6,zone,WEST', '2026-01-01,1.8,category,Furniture'].join(
  '\n',
);

type IndicatorUploadModalProps = {
  open: boolean;
  /** Names already uploaded: uploading one of them again replaces it. */
  existing: readonly string[];
  onClose: () => void;
};

/**
 * Upload (or replace) one indicator: a name and a CSV file sent as is. The server checks
 * every line; when any is wrong nothing is stored and each mistake is listed here.
 */
export function IndicatorUploadModal({ open, existing, onClose }: IndicatorUploadModalProps) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const handleError = useApiErrorHandler();
  const upload = useUploadIndicator();
  const [form] = Form.useForm<{ name: string }>();
  const name = Form.useWatch('name', form) ?? '';
  const [file, setFile] = useState<File | null>(null);
  const [fileMissing, setFileMissing] = useState(false);
  const [errors, setErrors] = useState<FieldError[]>([]);

  const reset = () => {
    form.resetFields();
    setFile(null);
    setFileMissing(false);
    setErrors([]);
    upload.reset();
  };

  const handlePick = (picked: File) => {
    setFile(picked);
    setFileMissing(false);
    setErrors([]);
    if (!form.getFieldValue('name')) {
      const suggested = indicatorNameFromFile(picked.name);
      if (suggested) form.setFieldsValue({ name: suggested });
    }
  };

  const handleSubmit = async () => {
    let values: { name: string };
    try {
      values = await form.validateFields();
    } catch {
      if (!file) setFileMissing(true);
      return;
    }
    if (!file) {
      setFileMissing(true);
      return;
    }
    // Excel saves UTF-8 with a byte order mark; the header must read "date,value".
    const csv = (await file.text()).replace(/^\uFEFF/, '');
    setErrors([]);
    upload.mutate(
      { name: values.name, csv },
      {
        onSuccess: (saved) => {
          message.success(t('forecasts.indicators.upload.done', { name: saved.name, count: saved.rows }));
          onClose();
        },
        onError: (error) => {
          if (isApiError(error) && error.status === 422 && error.errors.length) setErrors(error.errors);
          else handleError(error);
        },
      },
    );
  };

  const fileList: UploadFile[] = file ? [{ uid: 'picked', name: file.name, status: 'done' }] : [];
  const okProps: ButtonProps & { 'data-testid': string } = { 'data-testid': 'indicator-upload-confirm' };
  const replaces = isIndicatorName(name) && existing.includes(name);

  return (
    <Modal
      open={open}
      title={t('forecasts.indicators.upload.title')}
      okText={t('forecasts.indicators.upload.submit')}
      cancelText={t('common.cancel')}
      confirmLoading={upload.isPending}
      onOk={() => void handleSubmit()}
      onCancel={onClose}
      afterClose={reset}
      width={640}
      okButtonProps={okProps}
      data-testid="indicator-upload-modal"
    >
      <Form form={form} layout="vertical" requiredMark={false} className="indicator-upload">
        <Form.Item
          name="name"
          label={t('forecasts.indicators.upload.name')}
          extra={
            replaces ? (
              <Typography.Text type="warning">{t('forecasts.indicators.upload.replaces', { name })}</Typography.Text>
            ) : (
              t('forecasts.indicators.upload.nameHelp')
            )
          }
          rules={[
            { required: true, message: t('forecasts.indicators.upload.nameRequired') },
            {
              validator: (_, value: string | undefined) =>
                !value || isIndicatorName(value) ? Promise.resolve() : Promise.reject(new Error(t('forecasts.indicators.upload.nameInvalid'))),
            },
          ]}
        >
          <Input placeholder="pmi" maxLength={40} autoComplete="off" data-testid="indicator-name" />
        </Form.Item>
        <Form.Item
          label={t('forecasts.indicators.upload.file')}
          validateStatus={fileMissing ? 'error' : undefined}
          help={fileMissing ? t('forecasts.indicators.upload.fileRequired') : undefined}
        >
          <div data-testid="indicator-file">
            <Upload
              accept=".csv,text/csv,text/plain"
              maxCount={1}
              fileList={fileList}
              beforeUpload={(picked) => {
                handlePick(picked);
                return false;
              }}
              onRemove={() => {
                setFile(null);
                setErrors([]);
              }}
            >
              <Button icon={<UploadOutlined />}>{t('forecasts.indicators.upload.pick')}</Button>
            </Upload>
          </div>
        </Form.Item>
      </Form>
      {errors.length ? (
        <Alert
          type="error"
          showIcon
          className="indicator-upload__errors"
          title={t('forecasts.indicators.upload.invalid', { count: errors.length })}
          description={
            <ul className="indicator-errors" data-testid="indicator-upload-errors">
              {errors.map((e, i) => (
                <li key={`${e.field}-${i}`}>
                  <Typography.Text strong>{e.field}</Typography.Text>
                  {t('common.colon')}
                  {e.message}
                </li>
              ))}
            </ul>
          }
        />
      ) : null}
      <div className="indicator-format">
        <Typography.Text strong>{t('forecasts.indicators.format.title')}</Typography.Text>
        <Typography.Paragraph type="secondary" className="indicator-format__text">
          {t('forecasts.indicators.format.columns')}
        </Typography.Paragraph>
        <pre className="indicator-format__sample" data-testid="indicator-sample">
          {SAMPLE}
        </pre>
        <Typography.Paragraph type="secondary" className="indicator-format__text">
          {t('forecasts.indicators.format.replace')}
        </Typography.Paragraph>
      </div>
    </Modal>
  );
}
