import { AudioOutlined, CloseOutlined } from '@ant-design/icons';
import { App, Button, Tooltip, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { MAX_VOICE_MS } from './attachmentRules';
import { formatDuration } from './formatDuration';
import { useVoiceRecorder, voiceRecordingSupported, type RecorderFailure, type VoiceNote } from './useVoiceRecorder';

type Props = { disabled?: boolean; onRecorded: (note: VoiceNote) => void };

/** Records a voice note in the browser: a timer while recording, stop to preview it among the attachments. */
export function VoiceRecorder({ disabled, onRecorded }: Props) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const onFailure = (why: RecorderFailure) => message.error(t(`messages.voice.${why}`));
  const { state, start, stop, cancel } = useVoiceRecorder(onRecorded, onFailure);

  if (state.phase === 'recording') {
    return (
      <span className="voice-recorder voice-recorder--on" data-testid="voice-recording">
        <span className="voice-recorder__dot" aria-hidden />
        <Typography.Text className="num" aria-live="polite">
          {formatDuration(state.elapsedMs)} / {formatDuration(MAX_VOICE_MS)}
        </Typography.Text>
        <Button size="small" type="primary" danger onClick={stop} data-testid="voice-stop">
          {t('messages.voice.stop')}
        </Button>
        <Tooltip title={t('messages.voice.cancel')}>
          <Button size="small" type="text" icon={<CloseOutlined />} onClick={cancel} aria-label={t('messages.voice.cancel')} />
        </Tooltip>
      </span>
    );
  }
  return (
    <Tooltip title={voiceRecordingSupported() ? t('messages.voice.hint') : t('messages.voice.unsupported')}>
      <Button
        icon={<AudioOutlined />}
        onClick={() => void start()}
        loading={state.phase === 'starting'}
        disabled={disabled || !voiceRecordingSupported()}
        data-testid="voice-record"
      >
        {t('messages.voice.record')}
      </Button>
    </Tooltip>
  );
}
