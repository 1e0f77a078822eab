import { Typography } from 'antd';
import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { useParams } from 'react-router';
import { LanguageSwitch } from '../app/LanguageSwitch';
import '../modules/tracking/tracking.css';
import { TrackingPageBody } from '../modules/tracking/TrackingPageBody';
import { useBrowserLanguage } from '../modules/tracking/useBrowserLanguage';
import { BrandMark } from '../ui/BrandMark';

/** `/track/:token`: an order's progress for the customer — no login, outside the app frame. */
export function TrackingPage() {
  const { t } = useTranslation();
  const { token = '' } = useParams();
  useBrowserLanguage();
  const title = t('tracking.title');
  useEffect(() => {
    const before = document.title;
    document.title = title;
    return () => {
      document.title = before;
    };
  }, [title]);
  return (
    <div className="tracking-page" data-testid="tracking-page">
      <header className="tracking-page__bar">
        <div className="tracking-page__bar-inner">
          <span className="tracking-page__brand">
            <BrandMark size={26} />
            <Typography.Text strong>{t('tracking.title')}</Typography.Text>
          </span>
          <LanguageSwitch />
        </div>
      </header>
      <main className="tracking-page__main">
        <TrackingPageBody key={token} token={token} />
      </main>
    </div>
  );
}
