import Testing

@testable import LedeCore

@Suite struct JSONTests {
  @Test func keepsMemberOrderAndIntegers() throws {
    let v = try JSONParser.parse(#"{"b": 1, "a": [true, null, 2.5, "x\u00e9\n"]}"#)
    #expect(JSONWriter.encode(v) == #"{"b": 1, "a": [true, null, 2.5, "xé\n"]}"#)
  }

  @Test func readsIntegersAsIntDoes() throws {
    // Up to 18 digits are read from the bytes; longer ones as `Int(text)`, then as a double.
    let cases: [(String, JSONValue)] = [
      ("0", .integer(0)), ("-0", .integer(0)), ("-12", .integer(-12)),
      ("999999999999999999", .integer(999_999_999_999_999_999)),
      ("-999999999999999999", .integer(-999_999_999_999_999_999)),
      ("9223372036854775807", .integer(Int.max)), ("-9223372036854775808", .integer(Int.min)),
      ("9223372036854775808", .number(9_223_372_036_854_775_808)), ("12.0", .number(12)),
    ]
    for (text, value) in cases { #expect(try JSONParser.parse(text) == value, "\(text)") }
  }

  @Test func reportsLineAndColumn() {
    #expect(throws: JSONParseError.self) { try JSONParser.parse("{\n  \"a\": tru }") }
    do {
      _ = try JSONParser.parse("{\n  \"a\": tru }")
    } catch {
      #expect(error.line == 2)
      #expect(error.message == "invalid literal")
    }
  }

  @Test func refusesDeepNesting() {
    let deep = String(repeating: "[", count: 10_000)
    #expect(throws: JSONParseError.self) { try JSONParser.parse(deep) }
  }

  @Test func refusesNumbersTooLargeForADouble() throws {
    for text in ["1e999", "[-1e400]", #"{"a": 123456789e900}"#] {
      do {
        _ = try JSONParser.parse(text)
        Issue.record("\(text) parsed")
      } catch {
        #expect(error.message == "number out of range", "\(text)")
      }
    }
    #expect(try JSONParser.parse("1e308") == .number(1e308))
  }

  @Test func decodesSurrogatePairs() throws {
    #expect(try JSONParser.parse(#""\ud83d\ude00""#) == .string("😀"))
  }
}
