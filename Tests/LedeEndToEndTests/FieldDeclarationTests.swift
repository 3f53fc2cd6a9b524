import Testing

/// Reading a field a model object does not declare is an error naming the nearest field.
@Suite struct FieldDeclarationTests {
  @Test func typoInAFieldNamesTheNearestOne() throws {
    let r = try LedeCLI.run([
      "run", "-e", "local q = corpus[1]:quotes()[1]; print(q.speakr)",
      "seeds/lavrov-visits-north-korea.txt",
    ])
    #expect(r.status == 70)
    #expect(r.stderr.contains("no field 'speakr' in Quote; did you mean 'speaker'?"))
    // Every article would fail the same way: naming the one at hand would send the user there.
    #expect(!r.stderr.contains("(article '"), "\(r.stderr)")
  }

  @Test func declaredFieldsStillRead() throws {
    let r = try LedeCLI.run([
      "run", "-e", "local a = corpus[1]; print(a.title ~= nil, a.section, #a.sentences > 0)",
      "seeds/lavrov-visits-north-korea.txt",
    ])
    #expect(r.status == 0, "\(r.stderr)")
    #expect(r.stdout == "true\tnil\ttrue\n")
  }
}
