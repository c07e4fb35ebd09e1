import { existsSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import { createRequire } from 'node:module';
import { dirname, extname, join, normalize, sep } from 'node:path';
import { validateDataset, type Dataset } from '@mrc-kit/sdk';
import { describeCounts, recordCounts } from '../counts.js';
import { parseJson } from '../json-text.js';
import { colours, EXIT, InputError, UsageError, type Io } from '../output.js';
import { isUrl, readText, requireFile } from '../read-input.js';
import { INTERFACE_LANGUAGES, PREVIEW_CSS, previewPage, readChoice } from '../preview/preview-page.js';

export interface PreviewOptions {
  port: string;
  host: string;
  /** The interface language the page opens in; by default the dataset's own language, if the elements speak it. */
  lang?: string;
}

/**
 * The policy the kit is tested under (docs/security.md; the test pages hold their own copy, as this
 * package cannot import the repository's scripts): the preview shows what such a page shows.
 */
const CSP = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self'",
  "img-src 'self' data:",
  "connect-src 'self'",
  "require-trusted-types-for 'script'",
  'trusted-types lit-html',
].join('; ');

const TYPES: Readonly<Record<string, string>> = {
  '.js': 'text/javascript; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.map': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
};

/**
 * The elements' CDN build, from the installed `@mrc-kit/widgets` package. The command line does
 * not run the elements' code: it serves their built files to the browser.
 */
function kitFolder(): string {
  let folder: string;
  try {
    folder = join(dirname(createRequire(import.meta.url).resolve('@mrc-kit/widgets/package.json')), 'dist', 'cdn');
  } catch {
    throw new UsageError('preview needs the @mrc-kit/widgets package: npm install @mrc-kit/widgets');
  }
  if (!existsSync(join(folder, 'mrc-kit.js')))
    throw new UsageError(`${folder} holds no CDN build of the elements (in the repository: npm run build)`);
  return folder;
}

/** Reads and checks the dataset; the preview shows what the elements keep of it. */
async function readDataset(path: string): Promise<{ dataset: Dataset; warnings: number }> {
  const text = await readText(path);
  const { dataset, warnings } = validateDataset(parseJson(text, path), path);
  return { dataset, warnings: warnings.length };
}

/** A file of `folder` named by a URL path, or undefined when the path leaves the folder. */
function inside(folder: string, urlPath: string): string | undefined {
  const path = normalize(join(folder, decodeURIComponent(urlPath)));
  return path.startsWith(folder + sep) ? path : undefined;
}

/**
 * Serves a page with the four elements over a dataset file, for the people who keep the data to
 * see what visitors will see before they publish. The file is read again on every request, so an
 * edit shows on reload. Runs until the process is stopped (Ctrl+C); the promise then resolves.
 */
export async function previewCommand(path: string, options: PreviewOptions, io: Io): Promise<number> {
  if (isUrl(path)) throw new UsageError('preview takes a dataset file on this computer, not a URL');
  await requireFile(path);
  const port = Number(options.port);
  if (!Number.isInteger(port) || port < 0 || port > 65535)
    throw new UsageError(`--port: ${options.port} is not a port`);
  const speaks = (tag: string | undefined) =>
    tag !== undefined && (INTERFACE_LANGUAGES as readonly string[]).includes(tag);
  if (options.lang !== undefined && !speaks(options.lang))
    throw new UsageError(`--lang: the elements speak ${INTERFACE_LANGUAGES.join(', ')}; not ${options.lang}`);
  const kit = kitFolder();
  const first = await readDataset(path);
  const base = first.dataset.defaultLocale.split('-')[0];
  const lang = options.lang ?? (speaks(base) ? base! : 'en');
  if (Object.values(recordCounts(first.dataset)).every((count) => count === 0))
    throw new InputError(`${path}: the dataset publishes nothing (no centres, hotlines, quizzes or checklists)`);

  const server = createServer((req, res) => {
    handle(req, res, { path, kit, lang }).catch((error: unknown) => {
      const message = error instanceof Error ? error.message : String(error);
      if (!res.headersSent) res.writeHead(500, { 'content-type': 'text/plain; charset=utf-8' });
      res.end(`The preview could not answer: ${message}\n`);
    });
  });
  await listen(server, port, options.host);
  const address = server.address();
  const url = `http://${options.host.includes(':') ? `[${options.host}]` : options.host}:${
    typeof address === 'object' && address ? address.port : port
  }/`;
  const c = colours(io.stdout, io.env);
  io.stdout.write(
    `${describeCounts(recordCounts(first.dataset))}` +
      (first.warnings > 0 ? c.yellow(` (${first.warnings} problems: run mrc-kit validate ${path})`) : '') +
      `\nPreview on ${c.bold(url)}  (Ctrl+C to stop)\n`,
  );
  await stopped(server);
  return EXIT.ok;
}

function listen(server: Server, port: number, host: string): Promise<void> {
  return new Promise((resolve, reject) => {
    server.once('error', (error: NodeJS.ErrnoException) =>
      reject(
        error.code === 'EADDRINUSE' ? new UsageError(`port ${port} is in use: choose another with --port`) : error,
      ),
    );
    server.listen(port, host, () => resolve());
  });
}

/** Resolves when the process is asked to stop, after the server has closed. */
function stopped(server: Server): Promise<void> {
  return new Promise((resolve) => {
    const stop = () => {
      process.off('SIGINT', stop);
      process.off('SIGTERM', stop);
      server.closeAllConnections();
      server.close(() => resolve());
    };
    process.on('SIGINT', stop);
    process.on('SIGTERM', stop);
  });
}

async function handle(
  req: IncomingMessage,
  res: ServerResponse,
  { path, kit, lang }: { path: string; kit: string; lang: string },
): Promise<void> {
  const url = new URL(req.url ?? '/', 'http://preview');
  const send = (status: number, type: string, body: string | Buffer, headers: Record<string, string> = {}) =>
    void res
      .writeHead(status, { 'content-type': type, 'cache-control': 'no-store', ...headers })
      .end(req.method === 'HEAD' ? undefined : body);
  if (req.method !== 'GET' && req.method !== 'HEAD') return send(405, 'text/plain', 'GET only\n');
  if (url.pathname === '/') {
    const { dataset } = await readDataset(path);
    const page = previewPage(dataset, path, readChoice(url.searchParams, dataset, lang));
    return send(200, 'text/html; charset=utf-8', page, { 'content-security-policy': CSP });
  }
  if (url.pathname === '/dataset.json') return send(200, TYPES['.json']!, await readFile(path));
  if (url.pathname === '/favicon.ico') return void res.writeHead(204).end();
  if (url.pathname === '/preview.css') return send(200, TYPES['.css']!, PREVIEW_CSS);
  if (url.pathname.startsWith('/kit/')) {
    const file = inside(kit, url.pathname.slice('/kit/'.length));
    if (file && existsSync(file))
      return send(200, TYPES[extname(file)] ?? 'application/octet-stream', await readFile(file));
  }
  return send(404, 'text/plain', 'Not found\n');
}
