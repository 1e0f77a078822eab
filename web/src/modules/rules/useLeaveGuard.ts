import { App, type ButtonProps } from 'antd';
import { useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { useBlocker } from 'react-router';

/**
 * Asks before leaving the page (another address in the app) while `dirty`; the same page
 * with other search parameters (a tab) is no leaving. `allowNext()` lets the next navigation
 * through unasked (e.g. to the saved rule's own address). `body` says what would be lost
 * (default: the rule's changes).
 */
export function useLeaveGuard(dirty: boolean, body?: string): { allowNext: () => void } {
  const { t } = useTranslation();
  const { modal } = App.useApp();
  const allowed = useRef(false);
  const blocker = useBlocker(({ currentLocation, nextLocation }) => {
    if (allowed.current) {
      allowed.current = false;
      return false;
    }
    return dirty && currentLocation.pathname !== nextLocation.pathname;
  });
  const current = useRef(blocker);
  current.current = blocker;
  // Once per blocked navigation (the blocker object changes from render to render).
  useEffect(() => {
    if (blocker.state !== 'blocked') return;
    const okButtonProps: ButtonProps & { 'data-testid': string } = { danger: true, 'data-testid': 'rule-leave-confirm' };
    modal.confirm({
      title: t('rules.leave.title'),
      content: body ?? t('rules.leave.body'),
      okText: t('rules.leave.ok'),
      okButtonProps,
      cancelText: t('rules.leave.stay'),
      onOk: () => current.current.proceed?.(),
      onCancel: () => current.current.reset?.(),
    });
  }, [blocker.state, modal, t, body]);
  return {
    allowNext: () => {
      allowed.current = true;
    },
  };
}
