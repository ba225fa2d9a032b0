/// The absent body of a bodiless REST-JSON call.
package struct NoJSONBody: Encodable, Sendable {}
