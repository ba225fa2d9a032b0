#ifndef LAKECTL_COPENSSL_SHIM_H
#define LAKECTL_COPENSSL_SHIM_H
#include <openssl/evp.h>
#include <openssl/hmac.h>
#include <openssl/sha.h>
#include <openssl/crypto.h>
#endif
