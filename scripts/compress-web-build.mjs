// After the renderer is built: writes a Brotli (.br) and a gzip (.gz) copy beside each text file of the web
// build, so the relay sends compressed bytes without compressing on every request. Source maps are left plain:
// they are served only on request (commons-relay --source-maps), to developers.

import { readdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { brotliCompress, constants, gzip } from 'node:zlib';

const WEB_ROOT = process.argv[2] ?? 'dist/renderer';
const COMPRESSIBLE = /\.(?:html|js|mjs|css|json|webmanifest|svg|txt)$/i;
const brotli = promisify(brotliCompress);
const gzipped = promisify(gzip);

async function filesUnder(folder) {
  const entries = await readdir(folder, { withFileTypes: true, recursive: true });
  return entries.filter((entry) => entry.isFile()).map((entry) => join(entry.parentPath, entry.name));
}

async function compress(path) {
  const plain = await readFile(path);
  const [br, gz] = await Promise.all([
    brotli(plain, {
      params: {
        [constants.BROTLI_PARAM_QUALITY]: constants.BROTLI_MAX_QUALITY,
        [constants.BROTLI_PARAM_SIZE_HINT]: plain.length,
      },
    }),
    gzipped(plain, { level: constants.Z_BEST_COMPRESSION }),
  ]);
  // A copy that is not smaller is not worth a Content-Encoding header.
  if (br.length < plain.length) await writeFile(`${path}.br`, br);
  if (gz.length < plain.length) await writeFile(`${path}.gz`, gz);
}

const files = (await filesUnder(WEB_ROOT)).filter((path) => COMPRESSIBLE.test(path));
await Promise.all(files.map(compress));
