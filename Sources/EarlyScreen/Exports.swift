// The front door: the types a library user needs, re-exported one by one from the stages that
// define them (docs/library.md lists them; LibraryAPITests checks the list). The parts of a
// request, a result, an instrument and a diagnostic are nested in them (`ScreeningResult.Warning`,
// `Instrument.Item`), so a user meets ten names, and none clashes with Foundation's. Everything
// else is `package`: the command-line tool, the benchmarks, the fuzzers and the tests import the
// stages.
@_exported import struct ESEval.CalendarDate
@_exported import struct ESEval.RequestError
@_exported import struct ESEval.ScreeningRequest
@_exported import struct ESEval.ScreeningResult
@_exported import enum ESModel.Outcome
@_exported import struct ESModel.Instrument
@_exported import struct ESModel.InstrumentSet
@_exported import struct ESModel.LocalizedText
@_exported import struct ESSource.Diagnostic
