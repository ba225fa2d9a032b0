"""Lake Formation LF-tags (EMULATOR.md). moto 5.2.1 has the LF-tag operations but: GetLFTag, UpdateLFTag and
DeleteLFTag of an undefined key answer as if it existed (empty values, KeyError 500, silent OK); CreateLFTag of an
existing key silently replaces its values; AddLFTagsToResource replaces a resource's whole tag list instead of
setting one value per key, and does not check that the value is one of the key's values;
RemoveLFTagsFromResource and GetResourceLFTags answer 500 (ValueError, KeyError) for a resource or tag that was
never assigned.

These methods replace moto's on its own LakeFormationResponse (so the request still passes moto's dispatch and
signature check) and read and write moto's own backend: `tagger` for the definitions, `lf_database_tags`,
`lf_table_tags` and `lf_columns_tags` for the assignments. Imported by lakeformation.py.
"""
import json

from moto.lakeformation.exceptions import AlreadyExists, EntityNotFound, InvalidInput
from moto.lakeformation.responses import LakeFormationResponse


def _body(self):
    return json.loads(self.body or "{}")


def _definitions(self, catalog_id):
    return self.lakeformation_backend.list_lf_tags(catalog_id)


def _catalog(self, body):
    return body.get("CatalogId") or self.current_account


def _require_key(self, catalog_id, key):
    if not key:
        raise InvalidInput("TagKey is required.")
    if key not in _definitions(self, catalog_id):
        raise EntityNotFound


def create_lf_tag(self):
    body = _body(self)
    catalog_id, key, values = _catalog(self, body), body.get("TagKey"), body.get("TagValues") or []
    if not key or not values:
        raise InvalidInput("TagKey and at least one of TagValues are required.")
    if key in _definitions(self, catalog_id):
        raise AlreadyExists(f"Tag key {key} already exists.")
    self.lakeformation_backend.create_lf_tag(catalog_id, key, values)
    return "{}"


def get_lf_tag(self):
    body = _body(self)
    catalog_id, key = _catalog(self, body), body.get("TagKey")
    _require_key(self, catalog_id, key)
    values = _definitions(self, catalog_id)[key]
    return json.dumps({"CatalogId": catalog_id, "TagKey": key, "TagValues": values})


def update_lf_tag(self):
    body = _body(self)
    catalog_id, key = _catalog(self, body), body.get("TagKey")
    _require_key(self, catalog_id, key)
    values = list(_definitions(self, catalog_id)[key])
    for value in body.get("TagValuesToDelete") or []:
        if value not in values:
            raise InvalidInput(f"Tag value {value} does not exist for key {key}.")
        values.remove(value)
    values += [v for v in body.get("TagValuesToAdd") or [] if v not in values]
    if not values:
        raise InvalidInput("A tag key must keep at least one value.")
    self.lakeformation_backend.tagger.tag_resource(
        f"arn:lakeformation:{catalog_id}", [{"Key": key, "Value": values}])
    return "{}"


def delete_lf_tag(self):
    body = _body(self)
    catalog_id, key = _catalog(self, body), body.get("TagKey")
    _require_key(self, catalog_id, key)
    self.lakeformation_backend.delete_lf_tag(catalog_id, key)
    return "{}"


def _stores(self, catalog_id, resource):
    """The backend dict and its keys the resource's tags live under (one key per column for TableWithColumns)."""
    backend = self.lakeformation_backend
    resource = resource or {}
    if "Database" in resource:
        d = resource["Database"]
        return backend.lf_database_tags, [(d.get("CatalogId", catalog_id), d["Name"])]
    if "Table" in resource:
        t = resource["Table"]
        return backend.lf_table_tags, [(t.get("CatalogId", catalog_id), t["DatabaseName"], t["Name"])]
    if "TableWithColumns" in resource:
        t = resource["TableWithColumns"]
        names = t.get("ColumnNames") or []
        if not names:
            raise InvalidInput("TableWithColumns.ColumnNames is required to tag columns.")
        return backend.lf_columns_tags, [(t.get("CatalogId", catalog_id), t["DatabaseName"], t["Name"], c)
                                         for c in names]
    raise InvalidInput("Resource must be a Database, Table or TableWithColumns.")


def add_lf_tags_to_resource(self):
    body = _body(self)
    catalog_id = _catalog(self, body)
    definitions = _definitions(self, catalog_id)
    store, keys = _stores(self, catalog_id, body.get("Resource"))
    failures, accepted = [], []
    for tag in body.get("LFTags") or []:
        values = tag.get("TagValues") or []
        if tag.get("TagKey") not in definitions or len(values) != 1 or values[0] not in definitions[tag["TagKey"]]:
            failures.append({"LFTag": tag, "Error": {"ErrorCode": "EntityNotFoundException",
                                                     "ErrorMessage": "Tag or tag value does not exist."}})
        else:
            accepted.append({"CatalogId": tag.get("CatalogId", catalog_id), "TagKey": tag["TagKey"],
                             "TagValues": values})
    for key in keys:
        # One value per key on a resource: a new value for a key replaces the old one.
        kept = [t for t in store.get(key, []) if t["TagKey"] not in {a["TagKey"] for a in accepted}]
        store[key] = kept + accepted
    return json.dumps({"Failures": failures})


def remove_lf_tags_from_resource(self):
    body = _body(self)
    catalog_id = _catalog(self, body)
    store, keys = _stores(self, catalog_id, body.get("Resource"))
    removing = {(t.get("TagKey"), tuple(t.get("TagValues") or [])) for t in body.get("LFTags") or []}
    for key in keys:
        store[key] = [t for t in store.get(key, []) if (t["TagKey"], tuple(t["TagValues"])) not in removing]
    return json.dumps({"Failures": []})


def get_resource_lf_tags(self):
    body = _body(self)
    catalog_id = _catalog(self, body)
    resource = body.get("Resource") or {}
    store, keys = _stores(self, catalog_id, resource)
    out = {}
    if "Database" in resource:
        out["LFTagOnDatabase"] = store.get(keys[0], [])
    elif "Table" in resource:
        out["LFTagsOnTable"] = store.get(keys[0], [])
    else:
        out["LFTagsOnColumns"] = [{"Name": key[3], "LFTags": store[key]} for key in keys if store.get(key)]
    return json.dumps(out)


for _name in ("create_lf_tag", "get_lf_tag", "update_lf_tag", "delete_lf_tag", "add_lf_tags_to_resource",
              "remove_lf_tags_from_resource", "get_resource_lf_tags"):
    setattr(LakeFormationResponse, _name, globals()[_name])
