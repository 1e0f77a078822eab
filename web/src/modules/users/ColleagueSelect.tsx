import { Select, type SelectProps } from 'antd';
import { useState } from 'react';
import { useDebouncedValue } from '../../ui/useDebouncedValue';
import { useDirectory } from './useDirectory';

type ColleagueSelectProps = Omit<SelectProps<string>, 'options' | 'showSearch' | 'filterOption'> & {
  /** Leave these people out (e.g. the caller). */
  exclude?: string[];
};

/** Picks an active colleague by id from the directory every signed-in person may search. */
export function ColleagueSelect({ exclude = [], ...props }: ColleagueSelectProps) {
  const [search, setSearch] = useState('');
  const q = useDebouncedValue(search);
  const { data, isFetching } = useDirectory(q);
  const options = (data?.items ?? [])
    .filter((c) => !exclude.includes(c.id))
    .map((c) => ({ value: c.id, label: `${c.display_name} (${c.username})${c.zone_name ? ` · ${c.zone_name}` : ''}` }));
  return <Select<string> {...props} showSearch={{ filterOption: false, onSearch: setSearch }} loading={isFetching} options={options} />;
}
