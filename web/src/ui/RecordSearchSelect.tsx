import { Select, type SelectProps } from 'antd';

export type RecordOption = { value: string; label: string; extra?: string };

type Props = Omit<SelectProps<string>, 'options' | 'showSearch' | 'filterOption' | 'onSearch'> & {
  options: RecordOption[];
  onSearch: (text: string) => void;
};

/** A select over records searched on the server: the number in figures, the customer beside it. */
export function RecordSearchSelect({ options, onSearch, ...props }: Props) {
  return (
    <Select<string>
      {...props}
      showSearch={{ filterOption: false, onSearch }}
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
