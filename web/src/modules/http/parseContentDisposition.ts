function decodeExtValue(value: string): string | null {
  // RFC 5987: charset'language'percent-encoded (browsers and servers use UTF-8).
  const match = /^([\w!#$%&+^`{}~-]*)'[\w-]*'(.*)$/.exec(value);
  if (!match) return null;
  try {
    return decodeURIComponent(match[2]);
  } catch {
    return null;
  }
}

/** Only the base name: a server never gets to choose a directory. */
function baseName(name: string): string | null {
  const base = name.split(/[\\/]/).pop()?.trim() ?? '';
  return base && base !== '.' && base !== '..' ? base : null;
}

/**
 * The file name a `Content-Disposition` header suggests: `filename*` (RFC 6266/5987,
 * UTF-8) first, else `filename` (quoted or not). Null when there is none.
 */
export function parseContentDisposition(header: string | null | undefined): string | null {
  if (!header) return null;
  let plain: string | null = null;
  let extended: string | null = null;
  const pattern = /;\s*([\w*-]+)\s*=\s*("(?:[^"\\]|\\.)*"|[^;]*)/g;
  for (const m of `;${header.replace(/^[^;]*/, '')}`.matchAll(pattern)) {
    const key = m[1].toLowerCase();
    const raw = m[2].trim();
    const value = raw.startsWith('"') ? raw.slice(1, -1).replace(/\\(.)/g, '$1') : raw;
    if (key === 'filename*') extended = decodeExtValue(value);
    else if (key === 'filename') plain = value;
  }
  const name = extended ?? plain;
  return name ? baseName(name) : null;
}
