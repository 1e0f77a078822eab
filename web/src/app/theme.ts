import type { ThemeConfig } from 'antd';

export const brandColor = '#1f6feb';
export const siderColor = '#0d1b2e';

/** Ant Design tokens: one blue, calm neutrals, slightly compact tables. */
export const appTheme: ThemeConfig = {
  token: {
    colorPrimary: brandColor,
    colorInfo: brandColor,
    colorLink: brandColor,
    borderRadius: 6,
    fontFamily:
      "-apple-system, BlinkMacSystemFont, 'Segoe UI', 'PingFang SC', 'Hiragino Sans GB', 'Microsoft YaHei', 'Noto Sans CJK SC', 'Helvetica Neue', Arial, sans-serif",
    colorBgLayout: '#f3f5f9',
  },
  components: {
    Layout: {
      siderBg: siderColor,
      triggerBg: '#0a1524',
      headerBg: '#ffffff',
      headerHeight: 56,
      headerPadding: '0 20px',
    },
    Menu: {
      darkItemBg: siderColor,
      darkSubMenuItemBg: '#0a1524',
      darkItemSelectedBg: brandColor,
      itemBorderRadius: 6,
    },
    Table: {
      cellPaddingBlock: 10,
      cellPaddingInline: 12,
      headerBg: '#f7f8fa',
    },
    Card: {
      headerFontSize: 15,
    },
  },
};
