import { useMutation } from '@tanstack/react-query';
import { importsApi } from './importsApi';
import type { OrderImportOptions } from './types';

/** Uploads an orders CSV; the answer is the queued job's id. */
export function useUploadOrders() {
  return useMutation({
    mutationFn: ({ file, options }: { file: Blob; options: OrderImportOptions }) => importsApi.uploadOrders(file, options),
  });
}
