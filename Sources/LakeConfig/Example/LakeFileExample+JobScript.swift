extension LakeFileExample {
    /// Where the example's job script sits, relative to the lake file (its `jobs.orders-daily.script`).
    package static let jobScriptPath = "jobs/orders_daily.py"

    /// The example job's script, which `lakectl init` writes next to the lake file so the example plans as it is
    /// (the repository's `config/jobs/orders_daily.py` is the same text; a test keeps them equal).
    package static let jobScript = #"""
        # The example lake file's job (jobs.orders-daily in config/lake.yaml): copies the shop's orders from the
        # catalog to --target as Parquet, with job bookmarks so each run reads only what is new. `lakectl apply`
        # uploads this file to the job's scripts_location; edit it, or point `script:` at your own.
        import sys

        from awsglue.context import GlueContext
        from awsglue.job import Job
        from awsglue.utils import getResolvedOptions
        from pyspark.context import SparkContext

        args = getResolvedOptions(sys.argv, ["JOB_NAME", "target"])
        glue = GlueContext(SparkContext.getOrCreate())
        job = Job(glue)
        job.init(args["JOB_NAME"], args)
        orders = glue.create_dynamic_frame.from_catalog(database="shop", table_name="orders", transformation_ctx="orders")
        glue.write_dynamic_frame.from_options(
            frame=orders,
            connection_type="s3",
            connection_options={"path": args["target"]},
            format="parquet",
            transformation_ctx="write",
        )
        job.commit()
        print("orders-daily: done")

        """#
}
