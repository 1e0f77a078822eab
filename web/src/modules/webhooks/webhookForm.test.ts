import { describe, expect, it } from 'vitest';
import { checkWebhook, cleanTopics, webhookInput } from './webhookForm';

describe('cleanTopics', () => {
  it('trims, lowercases and drops repeats', () => {
    expect(cleanTopics([' Quote.Submitted ', 'quote.submitted', '', '*'])).toEqual(['quote.submitted', '*']);
  });
});

describe('checkWebhook', () => {
  it('accepts a good subscription', () => {
    expect(checkWebhook({ name: 'ERP', url: 'https://erp.example.com/hooks', topics: ['quote.submitted', '*'] })).toEqual([]);
  });

  it('names each missing field', () => {
    expect(checkWebhook({ name: ' ', url: '', topics: [] })).toEqual([
      { field: 'name', kind: 'required' },
      { field: 'url', kind: 'required' },
      { field: 'topics', kind: 'noTopics' },
    ]);
  });

  it('wants an http(s) address the server takes', () => {
    expect(checkWebhook({ name: 'x', url: 'ftp://example.com/x', topics: ['*'] })).toEqual([{ field: 'url', kind: 'url' }]);
    expect(checkWebhook({ name: 'x', url: 'http://a', topics: ['*'] })).toEqual([{ field: 'url', kind: 'url' }]);
  });

  it('names a malformed topic', () => {
    expect(checkWebhook({ name: 'x', url: 'https://example.com', topics: ['quote-submitted'] })).toEqual([
      { field: 'topics', kind: 'topic', topic: 'quote-submitted' },
    ]);
  });
});

describe('webhookInput', () => {
  it('is the trimmed body, active by default', () => {
    expect(webhookInput({ name: ' ERP ', url: ' https://erp.example.com ', topics: ['*', '*'] })).toEqual({
      name: 'ERP',
      url: 'https://erp.example.com',
      topics: ['*'],
      active: true,
    });
  });
});
