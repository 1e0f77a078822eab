import { Select, type SelectProps } from 'antd';
import { useState } from 'react';
import { useDebouncedValue } from '../../ui/useDebouncedValue';
import { useUsers } from './useUsers';

type UserSelectProps = Omit<SelectProps<string>, 'options' | 'showSearch' | 'filterOption'> & {
  /** Label for the current value while it is not among the search results. */
  currentLabel?: string | null;
};

/** Searches active users on the server and picks one by id. */
export function UserSelect({ currentLabel, value, ...props }: UserSelectProps) {
  const [search, setSearch] = useState('');
  const q = useDebouncedValue(search);
  const { data, isFetching } = useUsers({ q, active: true, limit: 20, offset: 0 });
  const options = (data?.items ?? []).map((u) => ({ value: u.id, label: `${u.display_name} (${u.username})` }));
  if (value && currentLabel && !options.some((o) => o.value === value)) {
    options.unshift({ value, label: currentLabel });
  }
  return (
    <Select<string>
      {...props}
      value={value}
      showSearch={{ filterOption: false, onSearch: setSearch }}
      loading={isFetching}
      options={options}
    />
  );
}
