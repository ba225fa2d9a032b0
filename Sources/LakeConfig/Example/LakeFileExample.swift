/// The commented example of LAKEFILE.md, which `lakectl init` writes to `config/lake.yaml` (the repository's
/// copy is the same text; a test keeps them equal).
package enum LakeFileExample {
    package static let text = #"""
        # The lake file: one governed lake, declared. Format: LAKEFILE.md (`lakectl validate` checks it offline,
        # `lakectl plan` compares it with what is live, `lakectl apply` converges).
        version: 1
        region: us-east-1
        account: "123456789012"          # optional; plan/apply stop if the credentials belong to another account

        tags:
          project: shop-lake

        kms_keys:
          lake:
            alias: alias/shop-lake
            description: data at rest in the shop lake

        buckets:
          lake:
            name: shop-lake-${account}
            kms_key: lake                # default encryption SSE-KMS with this key
            versioning: true             # default true
            block_public_access: true    # default true
          results:
            name: shop-athena-results-${account}
            expire_after_days: 30        # lifecycle rule on the whole bucket

        databases:                       # Glue databases
          raw:
            description: landing zone
            location: s3://shop-lake-${account}/raw/
          shop:
            description: RDS exports of the shop database

        snapshots:                       # RDS snapshot exports (what `lakectl ingest snapshot` does, declared)
          shop-nightly:
            snapshot: shop-db-snapshot   # name or ARN
            bucket: lake
            prefix: exports/shop
            kms_key: lake
            catalog: shop                # Glue tables from the exported files
            export_only: [shop.orders, shop.customers]

        crawlers:
          raw-events:
            database: raw
            targets:
              - { bucket: lake, prefix: raw/events/ }
            schedule: cron(0 3 * * ? *)  # optional
            table_prefix: ""             # optional
            role: auto                   # default: a least-privilege role generated for exactly these targets (+ KMS)

        jobs:
          orders-daily:
            script: jobs/orders_daily.py # relative to the lake file; uploaded to the scripts location on apply
            scripts_location: s3://shop-lake-${account}/scripts/
            glue_version: "4.0"
            worker_type: G.1X
            workers: 2
            timeout: 30m
            bookmarks: true
            arguments:
              --target: s3://shop-lake-${account}/curated/orders/
            role: auto                   # read the declared sources, write the target, use the key

        streams:                         # Firehose delivery streams (DirectPut → S3)
          clickstream:
            bucket: lake
            prefix: "raw/clickstream/!{timestamp:yyyy/MM/dd}/"
            error_prefix: "errors/clickstream/!{firehose:error-output-type}/"
            buffer: { size: 64MB, interval: 300s }
            compression: GZIP            # UNCOMPRESSED | GZIP | SNAPPY | ZIP | HADOOP_SNAPPY
            parquet:                     # optional record format conversion, schema from a Glue table
              database: raw
              table: clickstream
            role: auto

        workgroups:                      # Athena
          analysts:
            output: s3://shop-athena-results-${account}/analysts/
            bytes_scanned_cutoff: 10GB
            enforce_configuration: true

        lake_formation:
          admins: [arn:aws:iam::${account}:role/lake-admin]
          locations:                     # registered with Lake Formation
            - { bucket: lake, prefix: "" }
          revoke_iam_allowed_principals: [shop, raw]   # databases whose tables must be governed by LF alone
          tags:                          # LF-tags and their allowed values
            sensitivity: [public, pii]
          tag_assignments:
            - { table: shop.customers, columns: [email, phone], tags: { sensitivity: pii } }

        teams:
          analysts:
            principals: [arn:aws:iam::${account}:role/analyst]
            grants:
              - { database: shop, permissions: [DESCRIBE] }
              - table: shop.orders
                permissions: [SELECT]
                exclude_columns: [customer_id]
                row_filter: "status <> 'cancelled'"
              - table: shop.customers
                permissions: [SELECT]
                columns: [customer_id, country, segment]
              - { workgroup: analysts }
          kr-sales:
            principals: [arn:aws:iam::${account}:role/kr-sales]
            grants:
              - table: shop.orders
                permissions: [SELECT]
                row_filter: "country = 'KR'"
              - { tag: { sensitivity: [public] }, permissions: [SELECT, DESCRIBE] }   # LF-tag expression grant

        """#
}
