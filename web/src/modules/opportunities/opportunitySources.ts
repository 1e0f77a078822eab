/**
 * Suggested lead sources (labels in i18n `opportunities.sources.*`). The source is free
 * text: a suggestion is stored as its label in the user's language, like the demo data.
 */
export const OPPORTUNITY_SOURCES = ['existing_customer', 'partner', 'referral', 'cold_call', 'website', 'event'] as const;
