import type { Permission } from '../auth/types';

export type Role = {
  name: string;
  label_zh: string;
  label_en: string;
  builtin: boolean;
  version: number;
  permissions: Record<string, Permission>;
  hidden_fields: Record<string, string[]>;
};

/** `GET /roles`: the roles plus the vocabulary a permission is made of. */
export type RoleCatalog = {
  items: Role[];
  objects: string[];
  actions: string[];
  scopes: string[];
};

export type RoleSaveInput = {
  version: number;
  permissions: Record<string, Permission>;
  hidden_fields: Record<string, string[]>;
};
