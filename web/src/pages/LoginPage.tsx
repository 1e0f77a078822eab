import { DeploymentUnitOutlined, LineChartOutlined, TeamOutlined } from '@ant-design/icons';
import { Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { useNavigate, useSearchParams } from 'react-router';
import { LanguageSwitch } from '../app/LanguageSwitch';
import { safeNext } from '../app/loginPath';
import { LoginForm } from '../modules/auth/LoginForm';
import { LoginBrandPanel } from '../ui/LoginBrandPanel';

export function LoginPage() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const [params] = useSearchParams();

  return (
    <div className="login-page" data-testid="login-page">
      <LoginBrandPanel
        product={t('app.productName')}
        tagline={t('login.tagline')}
        footer={t('login.footer', { year: new Date().getFullYear() })}
        features={[
          { icon: <LineChartOutlined />, title: t('login.feature1Title'), text: t('login.feature1Text') },
          { icon: <DeploymentUnitOutlined />, title: t('login.feature2Title'), text: t('login.feature2Text') },
          { icon: <TeamOutlined />, title: t('login.feature3Title'), text: t('login.feature3Text') },
        ]}
      />
      <main className="login-main">
        <div className="login-main__top">
          <LanguageSwitch />
        </div>
        <div className="login-main__card">
          <Typography.Title level={2} className="login-main__title">
            {t('login.title')}
          </Typography.Title>
          <Typography.Paragraph type="secondary" className="login-main__subtitle">
            {t('login.subtitle')}
          </Typography.Paragraph>
          <LoginForm onSuccess={() => void navigate(safeNext(params.get('next')), { replace: true })} />
          <Typography.Text type="secondary" className="login-main__help">
            {t('login.help')}
          </Typography.Text>
        </div>
      </main>
    </div>
  );
}
