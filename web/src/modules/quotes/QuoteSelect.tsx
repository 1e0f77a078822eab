import { Select, type SelectProps } from 'antd';
import { useState } from 'react';
import { useDebouncedValue } from '../../ui/useDebouncedValue';
import { useQuotes } from './useQuotes';

type QuoteSelectProps = Omit<SelectProps<string>, 'options' | 'showSearch' | 'filterOption'>;

/** Searches the caller's quotes on the server (`/quotes?q=`) and picks one by id. */
export function QuoteSelect({ value, ...props }: QuoteSelectProps) {
  const [search, setSearch] = useState('');
  const q = useDebouncedValue(search.trim());
  const { data, isFetching } = useQuotes({ q: q || undefined, limit: 20, offset: 0 });
  const options = (data?.items ?? []).map((quote) => ({ value: quote.id, label: quote.number, extra: quote.customer_name }));
  return (
    <Select<string>
      {...props}
      value={value}
      showSearch={{ filterOption: false, onSearch: setSearch }}
      loading={isFetching}
      options={options}
      optionRender={(option) => (
        <span className="select-option">
          <span className="select-option__label num">{option.data.label}</span>
          <span className="select-option__extra">{option.data.extra}</span>
        </span>
      )}
    />
  );
}
