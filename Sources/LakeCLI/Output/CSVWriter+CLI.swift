import LakeCodec

/// The one CSV writer is LakeCodec's (quoting, NULL empty, empty string `""`), for `convert x.csv` and every
/// `--output csv` alike. This alias lets files that do not import LakeCodec (the ingest renderer) name it.
typealias CSVWriter = LakeCodec.CSVWriter
