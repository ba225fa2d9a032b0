#ifndef LAKECTL_CCOMPRESSION_SHIM_H
#define LAKECTL_CCOMPRESSION_SHIM_H
#include <zlib.h>
#include <snappy-c.h>
#include <zstd.h>
#include <lz4.h>
#include <brotli/decode.h>
#include <brotli/encode.h>
#endif
