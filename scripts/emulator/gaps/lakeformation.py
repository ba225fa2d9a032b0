"""Lake Formation (EMULATOR.md, AWS-NOTES B1). moto 5.2.1 has no data cells filter CRUD (404, and
ListDataCellsFilter always answers nothing), its ListPermissions cannot filter by a TableWithColumns or
DataCellsFilter resource (500) and does not page, BatchGrant/BatchRevoke read `PermissionsWithGrantOptions`
(a typo) and so drop the grant option, and revoking what was never granted is silently OK.

This module adds those operations to moto's own LakeFormationResponse and its URL map, so a request still goes
through moto's dispatch — and so through moto's signature check — before these methods answer. The filters
live IN moto's Lake Formation backend object (`backend.lakectl_data_cells_filters`), beside its grants; there
is no second store. Imported by layer.py before the first request, i.e. before moto builds the URL map.
"""
import functools
import json
import threading
import uuid

from moto.glue.models import glue_backends
from moto.lakeformation import urls as lf_urls
from moto.core.exceptions import JsonRESTError
from moto.lakeformation.exceptions import AlreadyExists, EntityNotFound, InvalidInput
from moto.lakeformation.models import Permission
from moto.lakeformation.responses import LakeFormationResponse

_NEW_OPERATIONS = ("CreateDataCellsFilter", "GetDataCellsFilter", "UpdateDataCellsFilter", "DeleteDataCellsFilter")
for _op in _NEW_OPERATIONS:
    lf_urls.url_paths["{0}/" + _op + "$"] = lf_urls.response.dispatch

# moto answers requests on several threads and its grants are one set per catalog, replaced whole after each
# grant (below): grants, revokes and the reads of that set take this lock, or a concurrent grant is lost.
_grants_lock = threading.RLock()

_RESTRICTED_COLUMNS = {"ctid", "oid", "xmin", "cmin", "xmax", "cmax", "tableoid", "insertxid", "deletexid",
                       "importoid", "redcatuniqueid"}


def _filters(backend):
    store = getattr(backend, "lakectl_data_cells_filters", None)
    if store is None:
        store = {}  # (catalog id, database, table, name) -> the DataCellsFilter shape as the API answers it
        backend.lakectl_data_cells_filters = store
    return store


def _key(d):
    return (d.get("TableCatalogId"), d.get("DatabaseName"), d.get("TableName"), d.get("Name"))


def _glue_columns(account, region, database, table):
    try:
        t = glue_backends[account][region].get_table(database, table)
    except Exception:
        raise EntityNotFound  # moto's message: "Either the entity does not exist or the input is invalid"
    described = t.as_dict()
    names = [c["Name"] for c in described.get("StorageDescriptor", {}).get("Columns", [])]
    names += [c["Name"] for c in described.get("PartitionKeys", [])]
    return names


def _validate(data, account, region):
    if not isinstance(data, dict):
        raise InvalidInput("TableData is required.")
    for field in ("TableCatalogId", "DatabaseName", "TableName", "Name"):
        if not data.get(field):
            raise InvalidInput(f"TableData.{field} is required.")
    if len(data["Name"]) > 255:
        raise InvalidInput("TableData.Name must be at most 255 characters.")
    row = data.get("RowFilter")
    if not isinstance(row, dict) or (("FilterExpression" in row) == ("AllRowsWildcard" in row)):
        raise InvalidInput("RowFilter must have exactly one of FilterExpression or AllRowsWildcard.")
    if "FilterExpression" in row and not (0 < len(row["FilterExpression"]) < 2048):
        raise InvalidInput("RowFilter.FilterExpression must be 1 to 2047 characters.")
    has_names, has_wildcard = "ColumnNames" in data, "ColumnWildcard" in data
    if has_names == has_wildcard:
        raise InvalidInput("Exactly one of ColumnNames or ColumnWildcard must be given.")
    known = _glue_columns(account, region, data["DatabaseName"], data["TableName"])
    named = data.get("ColumnNames") if has_names else (data["ColumnWildcard"] or {}).get("ExcludedColumnNames", [])
    if has_names and not named:
        raise InvalidInput("ColumnNames must not be empty; use ColumnWildcard for all columns.")
    for column in named or []:
        if column.lower() in _RESTRICTED_COLUMNS:
            raise InvalidInput(f"Column name {column} is restricted.")
        if column not in known:
            raise InvalidInput(f"Column {column} does not exist in table {data['DatabaseName']}.{data['TableName']}.")


def _body(self):
    return json.loads(self.body or "{}")


def create_data_cells_filter(self):
    data = _body(self).get("TableData")
    _validate(data, self.current_account, self.region)
    store = _filters(self.lakeformation_backend)
    if _key(data) in store:
        raise AlreadyExists(f"Data cells filter {data['Name']} already exists.")
    stored = dict(data)
    stored["VersionId"] = str(uuid.uuid4())
    store[_key(data)] = stored
    return "{}"


def get_data_cells_filter(self):
    body = _body(self)
    key = (body.get("TableCatalogId"), body.get("DatabaseName"), body.get("TableName"), body.get("Name"))
    found = _filters(self.lakeformation_backend).get(key)
    if found is None:
        raise EntityNotFound
    return json.dumps({"DataCellsFilter": found})


def update_data_cells_filter(self):
    data = _body(self).get("TableData")
    _validate(data, self.current_account, self.region)
    store = _filters(self.lakeformation_backend)
    if _key(data) not in store:
        raise EntityNotFound
    stored = dict(data)
    stored["VersionId"] = str(uuid.uuid4())
    store[_key(data)] = stored
    return "{}"


def delete_data_cells_filter(self):
    body = _body(self)
    key = (body.get("TableCatalogId"), body.get("DatabaseName"), body.get("TableName"), body.get("Name"))
    backend = self.lakeformation_backend
    if _filters(backend).pop(key, None) is None:
        raise EntityNotFound
    # Lake Formation drops the grants on a deleted filter with it.
    with _grants_lock:
        for catalog in backend.grants.values():
            for permission in list(catalog.permissions):
                f = permission.resource.get("DataCellsFilter")
                if f is not None and _key(f) == key:
                    catalog.permissions.discard(permission)
    return "{}"


def _page(items, body, key):
    start = int(body.get("NextToken") or 0)
    size = int(body.get("MaxResults") or 100)
    out = {key: items[start:start + size]}
    if start + size < len(items):
        out["NextToken"] = str(start + size)
    return out


def list_data_cells_filter(self):
    body = _body(self)
    table = body.get("Table") or {}
    items = [f for f in _filters(self.lakeformation_backend).values()
             if (not table.get("DatabaseName") or f["DatabaseName"] == table["DatabaseName"])
             and (not table.get("Name") or f["TableName"] == table["Name"])
             and (not table.get("CatalogId") or f["TableCatalogId"] == table["CatalogId"])]
    items.sort(key=lambda f: (f["DatabaseName"], f["TableName"], f["Name"]))
    return json.dumps(_page(items, body, "DataCellsFilters"))


def _matches(resource, wanted):
    """Whether a stored grant's resource answers a ListPermissions Resource filter, as Lake Formation does:
    a Table filter also finds that table's TableWithColumns grants (column grants are table grants)."""
    if "Catalog" in wanted:
        return "Catalog" in resource
    if "Database" in wanted:
        return "Database" in resource and resource["Database"].get("Name") == wanted["Database"].get("Name")
    if "Table" in wanted:
        w = wanted["Table"]
        if "Table" in resource:
            r = resource["Table"]
            return r.get("DatabaseName") == w.get("DatabaseName") and (
                r.get("Name") == w.get("Name") or ("TableWildcard" in w and "TableWildcard" in r))
        if "TableWithColumns" in resource:
            r = resource["TableWithColumns"]
            return r.get("DatabaseName") == w.get("DatabaseName") and r.get("Name") == w.get("Name")
        return False
    if "TableWithColumns" in wanted:
        w, r = wanted["TableWithColumns"], resource.get("TableWithColumns")
        return r is not None and r.get("DatabaseName") == w.get("DatabaseName") and r.get("Name") == w.get("Name")
    if "DataCellsFilter" in wanted:
        r = resource.get("DataCellsFilter")
        return r is not None and _key(r)[1:] == _key(wanted["DataCellsFilter"])[1:]
    if "DataLocation" in wanted:
        r = resource.get("DataLocation")
        return r is not None and r.get("ResourceArn") == wanted["DataLocation"].get("ResourceArn")
    if "LFTagPolicy" in wanted:
        r, w = resource.get("LFTagPolicy"), wanted["LFTagPolicy"]
        return r is not None and r.get("ResourceType") == w.get("ResourceType") and \
            _expression(r) == _expression(w)
    if "LFTag" in wanted:
        r = resource.get("LFTag")
        return r is not None and r.get("TagKey") == wanted["LFTag"].get("TagKey")
    return False


def _expression(policy):
    """An LF-tag expression as a set of (key, values) conditions: the order of conditions and values is not part
    of its meaning."""
    return {(c.get("TagKey"), frozenset(c.get("TagValues") or [])) for c in policy.get("Expression") or []}


_TYPES = {"CATALOG": ("Catalog",), "DATABASE": ("Database",), "TABLE": ("Table", "TableWithColumns"),
          "DATA_LOCATION": ("DataLocation",), "DATA_CELLS_FILTER": ("DataCellsFilter",), "LF_TAG": ("LFTag",),
          "LF_TAG_POLICY": ("LFTagPolicy",)}


def list_permissions(self):
    body = _body(self)
    catalog_id = body.get("CatalogId") or self.current_account
    principal, resource, rtype = body.get("Principal"), body.get("Resource"), body.get("ResourceType")
    if principal is not None and resource is None:
        raise InvalidInput("Resource is mandatory if Principal is set in the input.")
    catalog = self.lakeformation_backend.grants.get(catalog_id)
    items = []
    with _grants_lock:
        held = list(catalog.permissions if catalog else [])
    for p in held:
        if principal is not None and p.principal != principal:
            continue
        if resource is not None and not _matches(p.resource, resource):
            continue
        if rtype is not None and not any(k in p.resource for k in _TYPES.get(rtype, ())):
            continue
        items.append(p.to_external_form())
    items.sort(key=lambda e: json.dumps([e["Principal"], e["Resource"]], sort_keys=True))
    return json.dumps(_page(items, body, "PrincipalResourcePermissions"))


def _check_filter_exists(self, resource):
    f = (resource or {}).get("DataCellsFilter")
    if f is not None and _key(f) not in _filters(self.lakeformation_backend):
        raise EntityNotFound


def _grant(self, catalog_id, entry):
    with _grants_lock:
        _grant_locked(self, catalog_id, entry)


def _grant_locked(self, catalog_id, entry):
    _check_filter_exists(self, entry.get("Resource"))
    self.lakeformation_backend.grant_permissions(
        catalog_id=catalog_id, principal=entry.get("Principal"), resource=entry.get("Resource"),
        permissions=entry.get("Permissions"), permissions_with_grant_options=entry.get("PermissionsWithGrantOption"))
    # moto merges a repeated grant into the stored Permission in place, which changes its hash while it sits in
    # the set; a later revoke of it then fails with KeyError (500). Re-hash the set after every grant.
    catalog = self.lakeformation_backend.grants.get(catalog_id)
    if catalog is not None:
        catalog.permissions = set(list(catalog.permissions))


def _revoke(self, catalog_id, entry):
    with _grants_lock:
        _revoke_locked(self, catalog_id, entry)


def _revoke_locked(self, catalog_id, entry):
    """Lake Formation refuses to revoke a permission the principal does not hold on that resource."""
    backend = self.lakeformation_backend
    asked = Permission(entry.get("Principal"), entry.get("Resource"), entry.get("Permissions") or [],
                       entry.get("PermissionsWithGrantOption") or [])
    catalog = backend.grants.get(catalog_id)
    held = next((p for p in (catalog.permissions if catalog else []) if p.equal_principal_and_resouce(asked)), None)
    if held is None or not set(asked.permissions) <= set(held.permissions) or \
            not set(asked.permissions_with_grant_options) <= set(held.permissions_with_grant_options):
        raise InvalidInput("No permissions revoked. Grantee has no permissions and no grantable permissions on "
                           "resource.")
    backend.revoke_permissions(catalog_id, asked.principal, asked.resource, asked.permissions,
                               asked.permissions_with_grant_options)


def grant_permissions(self):
    body = _body(self)
    _grant(self, body.get("CatalogId") or self.current_account, body)
    return "{}"


def revoke_permissions(self):
    body = _body(self)
    _revoke(self, body.get("CatalogId") or self.current_account, body)
    return "{}"


def _batch(self, apply):
    body = _body(self)
    catalog_id = body.get("CatalogId") or self.current_account
    failures = []
    for entry in body.get("Entries") or []:
        try:
            apply(self, catalog_id, entry)
        except JsonRESTError as e:
            failures.append({"RequestEntry": entry, "Error": {"ErrorCode": e.error_type, "ErrorMessage": e.message}})
    return json.dumps({"Failures": failures})


def batch_grant_permissions(self):
    return _batch(self, _grant)


def batch_revoke_permissions(self):
    return _batch(self, _revoke)


# The emulator serves requests on threads, and moto's grants are a set the operations above read, mutate and
# re-bind (the re-hash in _grant): two at once can lose a grant. Lake Formation serialises them; so does this.
# It also keeps a data cells filter and the grants on it consistent. _grants_lock (above) came from a second
# fix for the same race at the grant-set level; both are re-entrant and always taken in this order (_LOCK,
# then _grants_lock), so they cannot deadlock.
_LOCK = threading.RLock()


def _serialised(fn):
    @functools.wraps(fn)
    def run(self, *args, **kwargs):
        with _LOCK:
            return fn(self, *args, **kwargs)
    return run


for _name, _fn in list(globals().items()):
    if _name in ("create_data_cells_filter", "get_data_cells_filter", "update_data_cells_filter",
                 "delete_data_cells_filter", "list_data_cells_filter", "list_permissions", "grant_permissions",
                 "revoke_permissions", "batch_grant_permissions", "batch_revoke_permissions"):
        setattr(LakeFormationResponse, _name, _serialised(_fn))

from . import lakeformation_tags  # noqa: E402,F401  (patches moto's LF-tag operations on import)
