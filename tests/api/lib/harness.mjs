// Starts a real `salient serve` on a loopback port against a fresh database — SQLite
// or PostgreSQL, chosen by SALIENT_TEST_DB — with the demo organisation and users
// loaded, and gives tests a small HTTP client. Nothing is mocked.
import { spawn, execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, dirname } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..', '..', '..');
export const salientBin = join(root, process.env.BUILD || 'build', 'salient');
export const DEMO_PASSWORD = 'Demo#2026';
export const ADMIN = { username: 'admin', password: 'Admin#2026' };

// A fresh database URL plus a function that removes it.
export function freshDatabase() {
  const kind = process.env.SALIENT_TEST_DB || 'sqlite';
  if (kind === 'sqlite') {
    const dir = mkdtempSync(join(tmpdir(), 'salient-api-'));
    return { url: `sqlite:${join(dir, 'test.db')}`, drop: () => rmSync(dir, { recursive: true, force: true }) };
  }
  const admin = process.env.SALIENT_TEST_PG_URL;
  if (!admin) throw new Error('SALIENT_TEST_PG_URL is not set: run under scripts/with-postgres');
  const name = `salient_api_${process.pid}_${Date.now()}`;
  execFileSync('psql', [admin, '-q', '-c', `CREATE DATABASE ${name}`]);
  const url = admin.replace(/\/[^/]*$/, `/${name}`);
  return { url, drop: () => execFileSync('psql', [admin, '-q', '-c', `DROP DATABASE IF EXISTS ${name} WITH (FORCE)`]) };
}

export function runCli(args, db) {
  return execFileSync(salientBin, [...args, '--db', db], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] });
}

// Starts a server; `env` overrides settings (e.g. SALIENT_SESSION_TTL). With `db` the
// server shares an existing database instead of making one.
export async function startServer({ env = {}, db = null, demo = true } = {}) {
  const database = db ? { url: db, drop: () => {} } : freshDatabase();
  if (demo && !db) runCli(['demo'], database.url);
  const proc = spawn(salientBin, ['serve', '--db', database.url, '--listen', '127.0.0.1:0', '--no-access-log',
    '--web-root', join(root, 'web', 'dist')], { env: { ...process.env, ...env }, stdio: ['ignore', 'pipe', 'pipe'] });
  let output = '';
  const url = await new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`server did not start:\n${output}`)), 20000);
    const onData = (chunk) => {
      output += chunk;
      const m = output.match(/listening on (http:\/\/127\.0\.0\.1:\d+)/);
      if (m) { clearTimeout(timer); resolve(m[1]); }
    };
    proc.stdout.on('data', onData);
    proc.stderr.on('data', onData);
    proc.on('exit', (code) => { clearTimeout(timer); reject(new Error(`server exited with ${code}:\n${output}`)); });
  });
  const exited = new Promise((resolve) => proc.on('exit', (code, signal) => resolve({ code, signal })));
  return {
    url,
    db: database.url,
    proc,
    exited,
    output: () => output,
    async stop() {
      if (proc.exitCode === null) proc.kill('SIGTERM');
      const result = await exited;
      database.drop();
      return result;
    },
  };
}

// A tiny client: returns { status, headers, body (parsed JSON when JSON), text }.
export async function call(server, method, path, { token, body, headers = {}, raw } = {}) {
  const init = { method, headers: { ...headers } };
  if (token) init.headers.authorization = `Bearer ${token}`;
  if (raw !== undefined) {
    init.body = raw;
    init.headers['content-type'] ??= 'application/json';
  } else if (body !== undefined) {
    init.body = JSON.stringify(body);
    init.headers['content-type'] = 'application/json';
  }
  const res = await fetch(server.url + path, init);
  const text = await res.text();
  let parsed = null;
  try { parsed = text ? JSON.parse(text) : null; } catch { parsed = null; }
  return { status: res.status, headers: res.headers, body: parsed, text };
}

export async function login(server, username, password = DEMO_PASSWORD) {
  const res = await call(server, 'POST', '/api/v1/auth/login', { body: { username, password } });
  if (res.status !== 200) throw new Error(`login ${username} failed: ${res.status} ${res.text}`);
  return { token: res.body.token, csrf: res.body.csrf_token, user: res.body.user, cookies: res.headers.getSetCookie() };
}

export const sleep = (ms) => new Promise((r) => setTimeout(r, ms));

// Holds a lock that makes writes to `table` wait, from another database session (sqlite3
// or psql), until release(). `held` resolves once the lock is taken.
export function holdWriteLock(db, table) {
  const sqlite = db.startsWith('sqlite:');
  // The server may be writing at this moment (its event consumers run after a login), so
  // the CLI waits for the lock like the server does, and stops on an error instead of
  // reporting a lock it does not hold.
  const proc = sqlite
    ? spawn('sqlite3', ['-bail', db.slice('sqlite:'.length)])
    : spawn('psql', [db, '-q', '-t', '-A', '-v', 'ON_ERROR_STOP=1']);
  const take = sqlite ? '.timeout 10000\nBEGIN IMMEDIATE;' : `BEGIN; LOCK TABLE ${table} IN EXCLUSIVE MODE;`;
  let output = '';
  const held = new Promise((resolve, reject) => {
    proc.stdout.on('data', (d) => { output += d; if (output.includes('lock-held')) resolve(); });
    proc.on('exit', (code) => reject(new Error(`lock holder exited with ${code}`)));
  });
  proc.stdin.on('error', () => {});  // a holder that already stopped (the exit is what counts)
  proc.stdin.write(`${take}\nSELECT 'lock-held';\n`);
  const exited = new Promise((resolve) => proc.on('exit', resolve));
  let released;
  return {
    held,
    // Idempotent, so a test may release in its body and again in `finally`.
    release() {
      released ??= (async () => {
        if (proc.exitCode === null) proc.stdin.end(sqlite ? 'COMMIT;\n.quit\n' : 'COMMIT;\n\\q\n');
        await exited;
      })();
      return released;
    },
  };
}

