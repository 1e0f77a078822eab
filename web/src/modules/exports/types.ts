export type ExportFormat = 'csv' | 'xlsx';

/** The lists the server exports (docs/api.md, "Exports"), by permission object. */
export type ExportObject = 'customer' | 'order' | 'product' | 'opportunity' | 'visit' | 'quote';
