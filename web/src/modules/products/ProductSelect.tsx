import { Select, type SelectProps } from 'antd';
import { useState } from 'react';
import { useDebouncedValue } from '../../ui/useDebouncedValue';
import { useFormatMoney } from '../../ui/useFormatMoney';
import type { Product } from './types';
import { useProducts } from './useProducts';

type ProductSelectProps = Omit<SelectProps<string>, 'options' | 'showSearch' | 'filterOption'> & {
  /** Label for the current value while it is not among the search results. */
  currentLabel?: string | null;
  /** Called with the whole product when one is picked (e.g. to suggest its list price). */
  onPickProduct?: (product: Product) => void;
};

/** Searches active products on the server (`/products?q=`) and picks one by id. */
export function ProductSelect({ currentLabel, value, onPickProduct, onChange, ...props }: ProductSelectProps) {
  const formatMoney = useFormatMoney();
  const [search, setSearch] = useState('');
  const q = useDebouncedValue(search.trim());
  const { data, isFetching } = useProducts({ q: q || undefined, active: true, limit: 20, offset: 0 });
  const options = (data?.items ?? []).map((p) => ({
    value: p.id,
    label: p.name,
    extra: `${p.code} · ${formatMoney(p.list_price, p.currency)}`,
  }));
  if (value && currentLabel && !options.some((o) => o.value === value)) {
    options.unshift({ value, label: currentLabel, extra: '' });
  }
  return (
    <Select<string>
      {...props}
      value={value}
      onChange={(next, option) => {
        onChange?.(next, option);
        const product = data?.items.find((p) => p.id === next);
        if (product) onPickProduct?.(product);
      }}
      showSearch={{ filterOption: false, onSearch: setSearch }}
      loading={isFetching}
      options={options}
      optionRender={(option) => (
        <span className="select-option select-option--stacked">
          <span className="select-option__label">{option.data.label}</span>
          {option.data.extra ? <span className="select-option__extra num">{option.data.extra}</span> : null}
        </span>
      )}
    />
  );
}
