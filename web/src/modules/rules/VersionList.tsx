import { Flex, Tag } from 'antd';
import { useTranslation } from 'react-i18next';
import { useFormatDateTime } from '../auth/useFormatDateTime';

type SavedVersion = { version: number; saved_at: string; saved_by_name: string | null };

type VersionListProps = {
  versions: readonly SavedVersion[];
  /** The version in force (tagged "current"). */
  current: number;
  picked: number | undefined;
  onPick: (version: number) => void;
  /** `<prefix>-<version>` on each item. */
  testIdPrefix: string;
};

// Versions the system wrote (the shipped ones) carry no real time.
const knownTime = (at: string) => Date.parse(at) > Date.UTC(2000, 0, 1);

/** Saved versions, newest first: number, when and by whom; a click picks one to view. */
export function VersionList({ versions, current, picked, onPick, testIdPrefix }: VersionListProps) {
  const { t } = useTranslation();
  const formatDateTime = useFormatDateTime();
  return (
    <ul className="rule-versions__list">
      {versions.map((v) => (
        <li key={v.version}>
          <button
            type="button"
            className={`rule-versions__item${v.version === picked ? ' rule-versions__item--active' : ''}`}
            onClick={() => onPick(v.version)}
            data-testid={`${testIdPrefix}-${v.version}`}
          >
            <Flex justify="space-between" align="center">
              <strong>v{v.version}</strong>
              {v.version === current ? <Tag color="blue">{t('rules.versions.current')}</Tag> : null}
            </Flex>
            {knownTime(v.saved_at) ? <span className="rule-versions__meta num">{formatDateTime(v.saved_at)}</span> : null}
            <span className="rule-versions__meta">{v.saved_by_name ?? t('rules.versions.system')}</span>
          </button>
        </li>
      ))}
    </ul>
  );
}
