import { ApartmentOutlined, BankOutlined, FlagOutlined } from '@ant-design/icons';
import type { ZoneKind } from './types';

/** Company, region and zone each get their own icon. */
export function ZoneKindIcon({ kind }: { kind: ZoneKind }) {
  if (kind === 'company') return <BankOutlined style={{ color: '#1f6feb' }} />;
  if (kind === 'region') return <ApartmentOutlined style={{ color: '#7c3aed' }} />;
  return <FlagOutlined style={{ color: '#0f9d58' }} />;
}
