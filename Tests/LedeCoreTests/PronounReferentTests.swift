import LedeAnalysis
import Testing

@testable import LedeCore

/// Whom a pronoun refers to, the one rule the quotes and the stances share (issue 15).
@Suite struct PronounReferentTests {
  /// The referent of the `n`th occurrence (from 0) of `word` in the article.
  func referent(_ word: String, _ n: Int = 0, in paragraphs: [String]) throws -> String? {
    let article = try WrittenNews.article(paragraphs)
    let tokens = article.tokens
    let hits = tokens.indices.filter { article.text(of: tokens[$0].span) == word }
    let t = try #require(n < hits.count ? hits[n] : nil, "no \(word) #\(n)")
    return article.pronounReferents(places: GazetteerPlaceNames()).referent(at: t)
  }

  /// (A title tells the gender; the rule reads no first names.)
  @Test func anObjectPronounIsTheNearestPersonOfItsGender() throws {
    let body = [
      "Mr. Tom Reed met Mrs. Anna Berg at the harbour in Dunmore. Later, Mrs. Maria Lopez "
        + "praised him for the new pier."
    ]
    let found = try referent("him", in: body)
    #expect(found == "Tom Reed", "\(String(describing: found))")
  }

  @Test func aPronounOfTheOtherGenderPassesANearerName() throws {
    let body = [
      "Maria Lopez met Tom Reed in Dunmore. She said the harbour plan was too costly, and her "
        + "criticism of it grew."
    ]
    #expect(try referent("She", in: body) == "Maria Lopez")
    #expect(try referent("her", in: body) == "Maria Lopez")
  }

  @Test func insideADirectQuoteAPronounIsNotItsSpeaker() throws {
    let body = [
      "Ruth Adebayo spoke to reporters after the vote in Dunmore.",
      "“She called on us to wait, and we waited,” Adebayo said.",
    ]
    #expect(try referent("She", in: body) == nil)
  }
}
