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
