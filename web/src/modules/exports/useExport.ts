import { useMutation } from '@tanstack/react-query';
import { saveBlob } from '../../ui/saveBlob';
import type { QueryValue } from '../http/request';
import { exportPaths } from './exportPaths';
import { exportsApi } from './exportsApi';
import type { ExportFormat, ExportObject } from './types';

export type ExportResult = { fileName: string; truncated: boolean };

/** Downloads a list export and hands it to the browser as a file. */
export function useExport(object: ExportObject) {
  return useMutation({
    mutationFn: async ({ format, filters }: { format: ExportFormat; filters: Record<string, QueryValue> }) => {
      const file = await exportsApi.download(object, format, filters);
      const fileName = file.fileName ?? `${exportPaths[object].slice(1)}.${format}`;
      saveBlob(file.blob, fileName);
      return { fileName, truncated: file.headers.get('X-Export-Truncated') === 'true' } satisfies ExportResult;
    },
  });
}
