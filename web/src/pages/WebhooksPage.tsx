import { WebhookAdmin } from '../modules/webhooks/WebhookAdmin';

export function WebhooksPage() {
  return <WebhookAdmin />;
}
