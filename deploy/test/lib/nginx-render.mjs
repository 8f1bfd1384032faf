// Renders the project's nginx config (nginx/nginx.conf + nginx/templates/*.template)
// into a self-contained directory that an unprivileged nginx can run with
// `nginx -p DIR -c DIR/nginx.conf`: absolute pid/log/include paths are rewritten
// into DIR, the listen port and the upstream servers are replaced.
//
// Template substitution mimics the official nginx image: `${NAME}` is replaced
// for the names given; any `${UPPER_CASE}` left over is an error (the image
// would leave it verbatim and nginx would refuse the config).
import { mkdirSync, readFileSync, readdirSync, writeFileSync, existsSync } from 'node:fs';
import { join, dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

export const repoRoot = resolve(dirname(fileURLToPath(import.meta.url)), '../../..');
export const nginxSrc = join(repoRoot, 'nginx');

/** Values good for tests; docker-compose.yml carries the production defaults. */
export function testVars(upstreamPorts, overrides = {}) {
  return {
    NGINX_UPSTREAM_SERVERS: upstreamPorts
      .map((p) => `server 127.0.0.1:${p} max_fails=1 fail_timeout=2s;`)
      .join('\n    '),
    NGINX_RESOLVER: '127.0.0.1',
    NGINX_CLIENT_MAX_BODY_SIZE: '1m',
    NGINX_RATE_LIMIT: '2000r/s',
    NGINX_RATE_BURST: '4000',
    NGINX_AUTH_RATE_LIMIT: '1r/s',
    NGINX_AUTH_RATE_BURST: '3',
    NGINX_SSE_CONN_LIMIT: '20',
    NGINX_WEB_ROOT: join(repoRoot, 'deploy/test/fixtures/web'),
    ...overrides,
  };
}

export function substitute(text, vars, name = 'template') {
  const out = text.replace(/\$\{([A-Za-z_][A-Za-z0-9_]*)\}/g, (m, key) =>
    Object.prototype.hasOwnProperty.call(vars, key) ? String(vars[key]) : m,
  );
  const left = out.match(/\$\{[A-Z_][A-Z0-9_]*\}/g);
  if (left) throw new Error(`${name}: unset template variables ${[...new Set(left)].join(', ')}`);
  return out;
}

function mustReplace(text, re, replacement, what) {
  if (!re.test(text)) throw new Error(`nginx-render: cannot find ${what} to rewrite`);
  return text.replace(re, replacement);
}

/**
 * @param {object} o
 * @param {string} o.dir        empty directory to render into
 * @param {number} o.listenPort port nginx listens on (127.0.0.1)
 * @param {object} o.vars       template variables (see testVars)
 * @param {number} [o.workers]  worker_processes (default 1)
 * @returns {{conf: string, accessLog: string, errorLog: string, pidFile: string}}
 */
export function renderNginx({ dir, listenPort, vars, workers = 1 }) {
  const d = resolve(dir);
  for (const sub of ['conf.d', 'logs', 'temp/body', 'temp/proxy', 'temp/fastcgi', 'temp/uwsgi', 'temp/scgi']) {
    mkdirSync(join(d, sub), { recursive: true });
  }
  const pidFile = join(d, 'nginx.pid');
  const errorLog = join(d, 'logs/error.log');
  const accessLog = join(d, 'logs/access.log');

  let main = readFileSync(join(nginxSrc, 'nginx.conf'), 'utf8');
  const isRoot = typeof process.getuid === 'function' && process.getuid() === 0;
  // Unprivileged: `user` is ignored with a warning, drop it. As root: keep the
  // workers as root so they can use the temp dir we made (tests only).
  main = mustReplace(main, /^\s*user\s+[^;]+;/m, isRoot ? 'user root;' : '', 'user');
  main = mustReplace(main, /^\s*worker_processes\s+[^;]+;/m, `worker_processes ${workers};`, 'worker_processes');
  main = main.replace(/^\s*worker_rlimit_nofile\s+[^;]+;/m, '');
  main = mustReplace(main, /^\s*pid\s+[^;]+;/m, `pid ${pidFile};`, 'pid');
  main = mustReplace(main, /^\s*error_log\s+[^;]+;/m, `error_log ${errorLog} notice;`, 'error_log');
  main = mustReplace(main, /worker_connections\s+\d+;/, 'worker_connections 1024;', 'worker_connections');
  const mime = existsSync('/etc/nginx/mime.types') ? '/etc/nginx/mime.types' : writeMinimalMime(d);
  main = main.replace(/include\s+\/etc\/nginx\/mime\.types;/, `include ${mime};`);
  main = mustReplace(
    main,
    /include\s+\/etc\/nginx\/conf\.d\/\*\.conf;/,
    [
      `client_body_temp_path ${join(d, 'temp/body')};`,
      `    proxy_temp_path ${join(d, 'temp/proxy')};`,
      `    fastcgi_temp_path ${join(d, 'temp/fastcgi')};`,
      `    uwsgi_temp_path ${join(d, 'temp/uwsgi')};`,
      `    scgi_temp_path ${join(d, 'temp/scgi')};`,
      `    include ${join(d, 'conf.d')}/*.conf;`,
    ].join('\n'),
    'conf.d include',
  );
  const conf = join(d, 'nginx.conf');
  writeFileSync(conf, main);

  const tplDir = join(nginxSrc, 'templates');
  for (const f of readdirSync(tplDir).filter((n) => n.endsWith('.template'))) {
    let t = substitute(readFileSync(join(tplDir, f), 'utf8'), vars, f);
    t = mustReplace(t, /listen\s+8080\s+default_server;/, `listen 127.0.0.1:${listenPort} default_server;`, 'listen 8080');
    t = t.replace(/access_log\s+\/var\/log\/nginx\/access\.log/g, `access_log ${accessLog}`);
    writeFileSync(join(d, 'conf.d', f.replace(/\.template$/, '')), t);
  }
  return { conf, accessLog, errorLog, pidFile };
}

function writeMinimalMime(d) {
  const p = join(d, 'mime.types');
  writeFileSync(
    p,
    'types {\n text/html html; text/css css; application/javascript js; application/json json; image/svg+xml svg;\n}\n',
  );
  return p;
}

/** Where nginx is, or null. NGINX_BIN, when set, is the only candidate. */
export function findNginx() {
  const candidates = process.env.NGINX_BIN
    ? [process.env.NGINX_BIN]
    : ['/usr/sbin/nginx', '/usr/local/sbin/nginx', '/usr/local/nginx/sbin/nginx', '/usr/bin/nginx'];
  return candidates.find((p) => existsSync(p)) ?? null;
}
