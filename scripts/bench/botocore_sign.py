#!/usr/bin/env python3
"""botocore's SigV4Auth.add_auth over the same request mix as `lakebench sign N`.

Four shapes, as in Benchmarks/lakebench/SignBenchmark.swift: Glue JSON 1.1 POSTs, STS query-protocol
POSTs, Lake Formation REST-JSON POSTs with a query string, and Glue-style REST GETs with a query string;
session credentials; one thread; CPU seconds of that thread. add_auth hashes the body itself, as
lakebench does inside its loop.

Usage: botocore_sign.py [N]   (default 20000). Prints one line with requests per second.
"""
import sys
import time

from botocore.auth import SigV4Auth
from botocore.awsrequest import AWSRequest
from botocore.credentials import Credentials

TOKEN = "FwoGZXIvYXdzEBYaDExampleSessionToken" * 8


def make_request(index):
    shape = index % 4
    if shape == 0:
        body = '{"DatabaseName":"db%d","Name":"table_%d","CatalogId":"123456789012"}' % (index % 7, index)
        return AWSRequest(
            method="POST", url="https://glue.us-east-1.amazonaws.com/", data=body.encode(),
            headers={"Content-Type": "application/x-amz-json-1.1", "X-Amz-Target": "AWSGlue.GetTable",
                     "User-Agent": "lakectl/0.1"})
    if shape == 1:
        body = ("Action=AssumeRole&Version=2011-06-15&RoleArn=arn%%3Aaws%%3Aiam%%3A%%3A123456789012%%3Arole%%2Flake-%d"
                "&RoleSessionName=lakectl-%d" % (index, index))
        return AWSRequest(
            method="POST", url="https://sts.us-east-1.amazonaws.com/", data=body.encode(),
            headers={"Content-Type": "application/x-www-form-urlencoded; charset=utf-8", "User-Agent": "lakectl/0.1"})
    if shape == 2:
        body = ('{"CatalogId":"123456789012","DatabaseName":"sales","TableName":"orders_%d","MaxResults":100}'
                % index)
        return AWSRequest(
            method="POST",
            url="https://lakeformation.us-east-1.amazonaws.com/GetTableObjects?maxResults=100&nextToken=tok%d" % index,
            data=body.encode(), headers={"Content-Type": "application/json", "User-Agent": "lakectl/0.1"})
    return AWSRequest(
        method="GET",
        url="https://glue.us-east-1.amazonaws.com/databases/db%d/tables/part%%20%d?max-items=50&prefix=sales%%20%d"
            "&expression=a*" % (index % 13, index, index),
        data=b"", headers={"Accept": "application/json", "User-Agent": "lakectl/0.1"})


def main():
    count = int(sys.argv[1]) if len(sys.argv) > 1 else 20000
    if count <= 0:
        sys.exit("botocore_sign.py: N must be a positive integer")
    credentials = Credentials("AKIDEXAMPLE", "wJalrXUtnFEMI/K7MDENG+bPxRfiCYEXAMPLEKEY", TOKEN)
    signer = SigV4Auth(credentials, "glue", "us-east-1")
    requests = [make_request(i) for i in range(count)]
    # Warm-up outside the timing, as lakebench does (its signer derives the day's key there).
    for request in [make_request(i) for i in range(min(count, 1000))]:
        signer.add_auth(request)
    # Thread CPU time, as lakebench measures: on a shared machine wall time mostly measures the others.
    start = time.thread_time()
    for request in requests:
        signer.add_auth(request)
    seconds = max(time.thread_time() - start, 1e-9)
    print("botocore sign: %d requests in %.3f seconds, %d req/s" % (count, seconds, int(count / seconds)))


if __name__ == "__main__":
    main()
