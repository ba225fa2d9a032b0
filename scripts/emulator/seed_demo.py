#!/usr/bin/env python3
"""Puts the demo's starting point into the emulator, as an operator would find it in a real account:
the `shop-db` MySQL instance with a manual snapshot, a lake bucket and a customer managed KMS key
(alias/lakectl-demo). What lakectl then creates (role, policy, key grant, export, Glue tables) is not
seeded. Idempotent: re-running keeps what exists. Prints the names as shell assignments.
"""
import argparse

import botocore.session
from botocore.exceptions import ClientError


def main() -> None:
    p = argparse.ArgumentParser()
    p.add_argument("--endpoint", required=True)
    p.add_argument("--access-key", required=True)
    p.add_argument("--secret-key", required=True)
    p.add_argument("--region", default="us-east-1")
    a = p.parse_args()
    session = botocore.session.get_session()
    kw = dict(region_name=a.region, endpoint_url=a.endpoint, aws_access_key_id=a.access_key,
              aws_secret_access_key=a.secret_key)
    rds, s3, kms = (session.create_client(s, **kw) for s in ("rds", "s3", "kms"))

    try:
        rds.create_db_instance(DBInstanceIdentifier="shop-db", Engine="mysql", DBInstanceClass="db.t3.micro",
                               MasterUsername="admin", MasterUserPassword="demo-password-1", AllocatedStorage=20,
                               DBName="shop")
    except ClientError as e:
        if e.response["Error"]["Code"] != "DBInstanceAlreadyExists":
            raise
    try:
        rds.create_db_snapshot(DBInstanceIdentifier="shop-db", DBSnapshotIdentifier="shop-db-2026-11-24")
    except ClientError as e:
        if e.response["Error"]["Code"] != "DBSnapshotAlreadyExists":
            raise
    try:
        s3.create_bucket(Bucket="lakectl-demo-lake")
    except ClientError as e:
        if e.response["Error"]["Code"] not in ("BucketAlreadyOwnedByYou", "BucketAlreadyExists"):
            raise
    aliases = {x["AliasName"] for x in kms.list_aliases()["Aliases"]}
    if "alias/lakectl-demo" not in aliases:
        key = kms.create_key(Description="lakectl demo lake key")["KeyMetadata"]["KeyId"]
        kms.create_alias(AliasName="alias/lakectl-demo", TargetKeyId=key)
    print("DEMO_SNAPSHOT=shop-db-2026-11-24")
    print("DEMO_BUCKET=lakectl-demo-lake")
    print("DEMO_KMS_KEY=alias/lakectl-demo")


if __name__ == "__main__":
    main()
