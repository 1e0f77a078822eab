import { Button, Result } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useMe } from '../modules/auth/useMe';
import { isMenuEntryVisible, type MenuEntry } from './menu';

type MenuRouteProps = {
  entry: MenuEntry;
  /** One of the entry's subpages instead of the entry's own page. */
  page?: MenuEntry['page'];
};

/** A registry page (or subpage), or "403" when the user lacks the permission it requires. */
export function MenuRoute({ entry, page }: MenuRouteProps) {
  const { t } = useTranslation();
  const { data: me } = useMe();
  if (!isMenuEntryVisible(entry, me)) {
    return (
      <Result
        status="403"
        title="403"
        subTitle={t('errors.noAccess')}
        extra={
          <Link to="/">
            <Button type="primary">{t('common.backHome')}</Button>
          </Link>
        }
      />
    );
  }
  const Page = page ?? entry.page;
  return <Page />;
}
