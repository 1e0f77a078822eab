import type { QueryValue } from '../http/request';
import { requestFile } from '../http/request';
import { exportPaths } from './exportPaths';
import { exportQuery } from './exportQuery';
import type { ExportFormat, ExportObject } from './types';

export const exportsApi = {
  /** `GET /<list>/export?format=&<filters>`: the file, its suggested name and headers. */
  download: (object: ExportObject, format: ExportFormat, filters: Record<string, QueryValue>) =>
    requestFile(`${exportPaths[object]}/export`, { query: exportQuery(filters, format) }),
};
