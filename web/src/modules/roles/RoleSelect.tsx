import { Select, type SelectProps } from 'antd';
import { BUILTIN_ROLES } from './builtinRoles';
import { useRoleLabel } from './useRoleLabel';
import { useRoles } from './useRoles';

type RoleSelectProps = Omit<SelectProps<string>, 'options'>;

/** Picks a role by name, showing localised labels (server roles when readable). */
export function RoleSelect(props: RoleSelectProps) {
  const { data } = useRoles();
  const roleLabel = useRoleLabel(data?.items);
  const names = data?.items.map((r) => r.name) ?? [...BUILTIN_ROLES];
  const options = names.map((name) => ({ value: name, label: roleLabel(name), 'data-testid': `role-option-${name}` }));
  return <Select<string> showSearch={{ optionFilterProp: 'label' }} {...props} options={options} />;
}
