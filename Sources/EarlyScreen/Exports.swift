// The stages below the front door, visible to every file of this module and to its users.
@_exported import ESSource
@_exported import ESYAML
@_exported import ESExpr
@_exported import ESModel
@_exported import ESEval
@_exported import ESCheck
@_exported import ESJSON
@_exported import ESReport
@_exported import ESTally
@_exported import ESFHIR
