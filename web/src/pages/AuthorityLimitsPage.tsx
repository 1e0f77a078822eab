import { AuthorityLimitEditor } from '../modules/authorityLimits/AuthorityLimitEditor';

export function AuthorityLimitsPage() {
  return <AuthorityLimitEditor />;
}
