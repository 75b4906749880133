// The stages below the front door, visible to every file of this module and to its users.
@_exported import ESSource
@_exported import ESYAML
@_exported import ESExpr
@_exported import ESModel
