"""Firehose ListDeliveryStreams paging by name, as AWS pages it.

Moto restarts the listing from the first name when ExclusiveStartDeliveryStreamName names a stream that no
longer exists (deleted between two pages), so a client paging while another deletes streams sees names twice.
Firehose returns the names that sort after the start name whether or not it still exists. This wraps moto's
own list_delivery_streams over moto's own streams and changes only where a page starts.
"""
import bisect

from moto.firehose.models import DeliveryStream, FirehoseBackend

_original = FirehoseBackend.list_delivery_streams


def _list_delivery_streams(self, limit, delivery_stream_type, exclusive_start_delivery_stream_name):
    start_name = exclusive_start_delivery_stream_name
    if not start_name or start_name in self.delivery_streams:
        return _original(self, limit, delivery_stream_type, start_name)
    names = sorted(
        name for name, stream in self.delivery_streams.items()
        if not delivery_stream_type or stream.delivery_stream_type == delivery_stream_type
    )
    limit = limit or DeliveryStream.MAX_STREAMS_PER_REGION
    start = bisect.bisect_right(names, start_name)
    page = names[start:start + limit]
    return {"DeliveryStreamNames": page, "HasMoreDeliveryStreams": len(names) > start + limit}


FirehoseBackend.list_delivery_streams = _list_delivery_streams
