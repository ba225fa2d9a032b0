#!/usr/bin/env bash
# Builds the libFuzzer targets in Fuzz/Targets against LakeCodec (and AWSCore's XML reader) compiled with
# `-sanitize=fuzzer,address`, so every branch the codec takes on untrusted bytes is coverage-guided and every
# out-of-bounds read is caught. SwiftPM cannot build libFuzzer binaries, so this drives swiftc directly:
# LakeCodec once as a static library (with -enable-testing, so targets reach internal decoders), then one
# small executable per target. Output goes to .build/fuzz (override with FUZZ_BUILD_DIR).
set -euo pipefail
cd "$(dirname "$0")/.."
SWIFTC=${SWIFTC:-swiftc}
OUT=${FUZZ_BUILD_DIR:-.build/fuzz}
mkdir -p "$OUT/module"
SAN=(-sanitize=fuzzer,address -parse-as-library -O -package-name lakectl)
LIBS=(-lz -lsnappy -lzstd -llz4 -lbrotlidec -lbrotlienc)

lib="$OUT/libLakeCodec.a"
newest_source=$(find Sources/LakeCodec -name '*.swift' -newer "$lib" 2>/dev/null | head -1 || true)
if [[ ! -f "$lib" || -n "$newest_source" ]]; then
    echo "fuzz: building LakeCodec (sanitized)"
    mapfile -t sources < <(find Sources/LakeCodec -name '*.swift' | sort)
    "$SWIFTC" "${SAN[@]}" -wmo -enable-testing -module-name LakeCodec -I Sources/CCompression \
        -emit-library -static -emit-module -emit-module-path "$OUT/module/LakeCodec.swiftmodule" \
        -o "$lib" "${sources[@]}"
fi

# ld.gold warns once per ASan register helper ("Cannot export local symbol"); the warnings are harmless
# and drown real errors, so they are filtered out.
quiet_link() {
    local status=0
    "$@" 2>&1 | { grep -v "Cannot export local symbol" >&2 || true; } || status=$?
    return "$status"
}

xml_sources=(Sources/AWSCore/Protocols/XMLReader.swift Sources/AWSCore/Protocols/XElement.swift
    Sources/AWSCore/Protocols/XMLReaderError.swift)

targets=("$@")
if [[ ${#targets[@]} -eq 0 ]]; then
    mapfile -t targets < <(find Fuzz/Targets -name '*.swift' -exec basename {} .swift \; | sort)
fi
for target in "${targets[@]}"; do
    src="Fuzz/Targets/$target.swift"
    bin="$OUT/$target"
    if [[ -f "$bin" && "$bin" -nt "$src" && "$bin" -nt "$lib" ]]; then continue; fi
    echo "fuzz: building $target"
    case "$target" in
    FuzzXMLReply)
        quiet_link "$SWIFTC" "${SAN[@]}" -module-name "$target" -o "$bin" "$src" "${xml_sources[@]}"
        ;;
    *)
        quiet_link "$SWIFTC" "${SAN[@]}" -module-name "$target" -I "$OUT/module" -I Sources/CCompression \
            -o "$bin" "$src" "$lib" "${LIBS[@]}"
        ;;
    esac
done
