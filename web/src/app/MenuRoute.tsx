import { Button, Result } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useMe } from '../modules/auth/useMe';
import { isSubpageVisible, type MenuEntry, type MenuSubpage } from './menu';

type MenuRouteProps = {
  entry: MenuEntry;
  /** One of the entry's subpages instead of the entry's own page. */
  subpage?: MenuSubpage;
};

/** A registry page (or subpage), or "403" when the user lacks the permission it requires. */
export function MenuRoute({ entry, subpage }: MenuRouteProps) {
  const { t } = useTranslation();
  const { data: me } = useMe();
  if (!isSubpageVisible(entry, subpage, me)) {
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
  const Page = subpage?.page ?? entry.page;
  return <Page />;
}
