import { useMutation, useQueryClient } from '@tanstack/react-query';
import { messagesApi, type NewMessage } from './messagesApi';
import { inboxQueryKey, threadQueryKey } from './queryKeys';
import type { ThreadRef } from './threadRef';

/** Posts to a thread, then reloads it and the inbox. */
export function usePostMessage(ref: ThreadRef) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (message: NewMessage) => messagesApi.post(ref, message),
    onSuccess: async () => {
      await Promise.all([
        queryClient.invalidateQueries({ queryKey: threadQueryKey(ref) }),
        queryClient.invalidateQueries({ queryKey: inboxQueryKey }),
      ]);
    },
  });
}
