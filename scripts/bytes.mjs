// Bytes of a file as served: minified (as is), gzip -9 and brotli quality 11, as size-limit measures them.
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';

export function measure(bytes) {
  return {
    min: bytes.length,
    gzip: gzipSync(bytes, { level: 9 }).length,
    brotli: brotliCompressSync(bytes, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }).length,
  };
}
