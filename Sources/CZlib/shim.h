#ifndef SAYSO_CZLIB_SHIM_H
#define SAYSO_CZLIB_SHIM_H

#include <zlib.h>

// `inflateInit2` is a macro that Swift cannot call; this wraps it.
// `windowBits` 15 + 32 accepts both gzip and zlib headers.
static inline int sayso_inflate_init(z_stream *stream, int windowBits) {
  return inflateInit2(stream, windowBits);
}

// `deflateInit2` is a macro too; windowBits 15 + 16 writes a gzip header.
static inline int sayso_deflate_init(z_stream *stream, int level) {
  return deflateInit2(stream, level, Z_DEFLATED, 15 + 16, 8, Z_DEFAULT_STRATEGY);
}

#endif
