// The front door: the types a library user needs, re-exported one by one from the stages that
// define them (docs/library.md lists them; LibraryAPITests checks the list). Everything else is
// `package`: the command-line tool, the benchmarks, the fuzzers and the tests import the stages.
@_exported import enum ESEval.Answer
@_exported import struct ESEval.CalendarDate
@_exported import struct ESEval.InstrumentResult
@_exported import struct ESEval.MergedReferral
@_exported import struct ESEval.NextStep
@_exported import struct ESEval.RecommendationResult
@_exported import struct ESEval.RequestError
@_exported import struct ESEval.Response
@_exported import struct ESEval.ScreeningRequest
@_exported import struct ESEval.ScreeningResult
@_exported import struct ESEval.Warning
@_exported import enum ESModel.Locale
@_exported import enum ESModel.Outcome
@_exported import struct ESModel.AgeWindow
@_exported import struct ESModel.AnswerOption
@_exported import struct ESModel.Form
@_exported import struct ESModel.Instrument
@_exported import struct ESModel.InstrumentSet
@_exported import struct ESModel.Item
@_exported import struct ESModel.LocalizedText
@_exported import class ESSource.SourceFile
@_exported import struct ESSource.Diagnostic
@_exported import struct ESSource.DiagnosticRenderer
@_exported import struct ESSource.SourceLocation
