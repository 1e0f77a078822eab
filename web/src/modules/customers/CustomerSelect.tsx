import { Select, type SelectProps } from 'antd';
import { useState } from 'react';
import { useDebouncedValue } from '../../ui/useDebouncedValue';
import { useCustomers } from './useCustomers';

type CustomerSelectProps = Omit<SelectProps<string>, 'options' | 'showSearch' | 'filterOption'> & {
  /** Label for the current value while it is not among the search results. */
  currentLabel?: string | null;
};

/** Searches the caller's customers on the server (`/customers?q=`) and picks one by id. */
export function CustomerSelect({ currentLabel, value, ...props }: CustomerSelectProps) {
  const [search, setSearch] = useState('');
  const q = useDebouncedValue(search.trim());
  const { data, isFetching } = useCustomers({ q: q || undefined, limit: 20, offset: 0, sort: 'name' });
  const options = (data?.items ?? []).map((c) => ({ value: c.id, label: c.name, code: c.code }));
  if (value && currentLabel && !options.some((o) => o.value === value)) {
    options.unshift({ value, label: currentLabel, code: '' });
  }
  return (
    <Select<string>
      {...props}
      value={value}
      showSearch={{ filterOption: false, onSearch: setSearch }}
      loading={isFetching}
      options={options}
      optionRender={(option) => (
        <span className="select-option">
          <span className="select-option__label">{option.data.label}</span>
          {option.data.code ? <span className="select-option__extra num">{option.data.code}</span> : null}
        </span>
      )}
    />
  );
}
