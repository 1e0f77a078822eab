import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';

/** Words for the chain's codes in the UI language: `when` (short and explained) and the fields of a step. */
export function useChainWords() {
  const { t } = useTranslation();
  return useMemo(
    () => ({
      when: (when: string) => t(`approvalChain.when.${when}`, { defaultValue: when }),
      whenHelp: (when: string) => t(`approvalChain.whenHelp.${when}`, { defaultValue: '' }),
      field: (field: string) => t(`approvalChain.fields.${field}`, { defaultValue: field }),
    }),
    [t],
  );
}
