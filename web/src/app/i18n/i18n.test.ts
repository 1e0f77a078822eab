import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { BUILTIN_ROLES } from '../../modules/roles/builtinRoles';
import enUS from './en-US.json';
import zhCN from './zh-CN.json';

type Tree = { [key: string]: string | Tree };

function flatten(tree: Tree, prefix = ''): Map<string, string> {
  const out = new Map<string, string>();
  for (const [key, value] of Object.entries(tree)) {
    const path = prefix ? `${prefix}.${key}` : key;
    if (typeof value === 'string') out.set(path, value);
    else for (const [k, v] of flatten(value, path)) out.set(k, v);
  }
  return out;
}

function placeholders(text: string): string[] {
  return [...text.matchAll(/{{\s*(\w+)\s*}}/g)].map((m) => m[1]).sort();
}

function sourceFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return sourceFiles(path);
    return /\.tsx?$/.test(name) && !name.endsWith('.test.ts') ? [path] : [];
  });
}

const zh = flatten(zhCN as Tree);
const en = flatten(enUS as Tree);

describe('i18n resources', () => {
  it('zh-CN and en-US have identical key sets', () => {
    expect([...en.keys()].sort()).toEqual([...zh.keys()].sort());
  });

  it('every translation is non-empty and uses the same placeholders in both languages', () => {
    for (const [key, text] of zh) {
      expect(text.trim(), key).not.toBe('');
      expect(en.get(key)?.trim(), key).not.toBe('');
      expect(placeholders(en.get(key) ?? ''), key).toEqual(placeholders(text));
    }
  });

  it('every literal key used in the source exists', () => {
    const root = join(__dirname, '..', '..');
    const used = new Set<string>();
    const patterns = [/\bt\(\s*'([\w.]+)'/g, /(?:labelKey|descriptionKey):\s*'([\w.]+)'/g, /return '((?:home|errors)\.[\w.]+)'/g];
    for (const file of sourceFiles(root)) {
      const text = readFileSync(file, 'utf8');
      for (const pattern of patterns) for (const m of text.matchAll(pattern)) used.add(m[1]);
    }
    expect(used.size).toBeGreaterThan(50);
    const missing = [...used].filter((key) => !zh.has(key));
    expect(missing).toEqual([]);
  });

  it('labels every built-in role', () => {
    for (const role of BUILTIN_ROLES) {
      expect(zh.has(`roles.${role}`), role).toBe(true);
    }
    expect(zh.get('roles.zone_manager')).toBe('战区经理');
    expect(en.get('roles.engineer')).toBe('Service engineer');
  });
});
