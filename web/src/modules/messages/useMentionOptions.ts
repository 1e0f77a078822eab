import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { useMemo, useState } from 'react';
import { useDebouncedValue } from '../../ui/useDebouncedValue';
import { can } from '../auth/can';
import { useMe } from '../auth/useMe';
import { usersApi } from '../users/usersApi';
import { usersQueryKey } from '../users/useUsers';

export type MentionOption = { value: string; label: string; key: string };

/**
 * People to offer after `@`: active users matching what was typed, from the users the
 * caller may read (without the caller). Nothing is asked for without that permission.
 */
export function useMentionOptions() {
  const { data: me } = useMe();
  const [search, setSearch] = useState('');
  const q = useDebouncedValue(search, 250);
  const allowed = me?.user.role === 'admin' || can(me, 'user', 'read');
  const filters = { q: q || undefined, active: true, limit: 20, offset: 0 };
  const users = useQuery({
    queryKey: [...usersQueryKey, filters],
    queryFn: ({ signal }) => usersApi.list(filters, signal),
    enabled: allowed,
    placeholderData: keepPreviousData,
  });
  const options = useMemo<MentionOption[]>(
    () =>
      (users.data?.items ?? [])
        .filter((u) => u.id !== me?.user.id)
        .map((u) => ({ key: u.id, value: u.username, label: `${u.display_name} @${u.username}` })),
    [users.data, me?.user.id],
  );
  return { options, loading: users.isFetching, onSearch: setSearch };
}
