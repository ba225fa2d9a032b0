#!/usr/bin/env python3
"""Turns on moto's request-signature checking, as EMULATOR.md describes.

Creates an IAM user with an access key and an allow-all policy, then calls /moto-api/reset-auth so that
from now on only that key (or STS credentials issued to it) is accepted and every signature is checked.
Writes the key as shell assignments to --credentials-file (mode 0600) for the tests and the demo.
Signs its own calls with botocore: the emulator is test infrastructure, not lakectl code.
"""
import argparse
import json
import os
import urllib.request

import botocore.session

ALLOW_ALL = json.dumps({"Version": "2012-10-17",
                        "Statement": [{"Effect": "Allow", "Action": "*", "Resource": "*"}]})


def main() -> None:
    p = argparse.ArgumentParser()
    p.add_argument("--endpoint", required=True)
    p.add_argument("--credentials-file", required=True)
    p.add_argument("--user", default="lakectl-test")
    a = p.parse_args()

    session = botocore.session.get_session()
    iam = session.create_client("iam", region_name="us-east-1", endpoint_url=a.endpoint,
                                aws_access_key_id="bootstrap", aws_secret_access_key="bootstrap")
    iam.create_user(UserName=a.user)
    key = iam.create_access_key(UserName=a.user)["AccessKey"]
    arn = iam.create_policy(PolicyName="lakectl-test-allow-all", PolicyDocument=ALLOW_ALL)["Policy"]["Arn"]
    iam.attach_user_policy(UserName=a.user, PolicyArn=arn)

    req = urllib.request.Request(a.endpoint + "/moto-api/reset-auth", data=b"0", method="POST",
                                 headers={"Content-Type": "text/plain"})
    urllib.request.urlopen(req, timeout=10).read()

    fd = os.open(a.credentials_file, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
    with os.fdopen(fd, "w") as f:
        f.write(f"AWS_ACCESS_KEY_ID={key['AccessKeyId']}\n")
        f.write(f"AWS_SECRET_ACCESS_KEY={key['SecretAccessKey']}\n")
        f.write("AWS_REGION=us-east-1\nAWS_DEFAULT_REGION=us-east-1\n")
        f.write(f"LAKECTL_TEST_USER={a.user}\n")


if __name__ == "__main__":
    main()
