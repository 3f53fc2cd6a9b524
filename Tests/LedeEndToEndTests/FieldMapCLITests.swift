import Foundation
import Testing

/// `--map PART=FIELD` end to end: a mapped field becomes the part, an unknown part is a usage
/// error that names the parts there are.
@Suite struct FieldMapCLITests {
  @Test func mappedFieldsFillTheirParts() throws {
    let dir = try Scratch()
    try dir.write(
      "wire.jsonl",
      #"{"story_id": "w-17", "hed": "Ferry fares rise", "copy": "Fares on the Quarrow ferry rise by a tenth in May."}"#
        + "\n")
    let r = try LedeCLI.run([
      "export", "--map", "text=copy", "--map", "title=hed", dir.path("wire.jsonl"),
    ])
    #expect(r.status == 0, "\(r.stderr)")
    let record = try #require(
      JSONSerialization.jsonObject(with: Data(r.stdout.utf8)) as? [String: Any])
    #expect(record["title"] as? String == "Ferry fares rise")
    #expect((record["text"] as? String)?.contains("Fares on the Quarrow ferry") == true)
    // The source's own id is kept as it was; the article's id comes from its content.
    #expect((record["meta"] as? [String: Any])?["story_id"] as? String == "w-17")
  }

  @Test func anUnknownPartIsAUsageError() throws {
    let dir = try Scratch()
    try dir.write("wire.jsonl", #"{"story_id": "w-17", "text": "Fares rise in May."}"# + "\n")
    let r = try LedeCLI.run(["export", "--map", "id=story_id", dir.path("wire.jsonl")])
    #expect(r.status == 64)
    #expect(r.stderr.contains("unknown part 'id'"))
    #expect(r.stderr.contains("title, standfirst, text, date, url, byline, source, section"))
    #expect(r.stdout.isEmpty)
  }
}
