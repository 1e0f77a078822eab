import { useMemo, useState } from 'react';
import { useDebouncedValue } from '../../ui/useDebouncedValue';
import { useMe } from '../auth/useMe';
import { useDirectory } from '../users/useDirectory';

export type MentionOption = { value: string; label: string; key: string };

/** People to offer after `@`: active colleagues matching what was typed (without the caller). */
export function useMentionOptions() {
  const { data: me } = useMe();
  const [search, setSearch] = useState('');
  const q = useDebouncedValue(search, 250);
  const people = useDirectory(q);
  const options = useMemo<MentionOption[]>(
    () =>
      (people.data?.items ?? [])
        .filter((u) => u.id !== me?.user.id)
        .map((u) => ({ key: u.id, value: u.username, label: `${u.display_name} @${u.username}` })),
    [people.data, me?.user.id],
  );
  return { options, loading: people.isFetching, onSearch: setSearch };
}
