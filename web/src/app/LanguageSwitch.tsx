import { GlobalOutlined } from '@ant-design/icons';
import { Button, Dropdown } from 'antd';
import { useLanguage } from './i18n/useLanguage';
import { LANGUAGES, type Language } from './i18n/languages';

const names: Record<Language, string> = { 'zh-CN': '简体中文', 'en-US': 'English' };

/** 中文 / English switch; each name is written in its own language. */
export function LanguageSwitch({ dark = false }: { dark?: boolean }) {
  const { language, setLanguage } = useLanguage();
  return (
    <Dropdown
      trigger={['click']}
      placement="bottomRight"
      menu={{
        selectable: true,
        selectedKeys: [language],
        items: LANGUAGES.map((lng) => ({
          key: lng,
          label: <span data-testid={`lang-${lng}`}>{names[lng]}</span>,
        })),
        onClick: ({ key }) => void setLanguage(key as Language),
      }}
    >
      <Button
        type="text"
        icon={<GlobalOutlined />}
        data-testid="lang-switch"
        style={dark ? { color: 'rgba(255,255,255,0.85)' } : undefined}
      >
        {names[language]}
      </Button>
    </Dropdown>
  );
}
