import Foundation
import Testing

@testable import LedeCore

@Suite struct FeedReaderTests {
  static let seeds = URL(fileURLWithPath: #filePath)
    .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
    .appendingPathComponent("seeds")

  func read(_ xml: String, path: String = "feed.xml") -> ReadResult {
    FeedReader().read(SourceDocument(path: path, text: xml))
  }

  func seed(_ name: String) throws -> ReadResult {
    let url = Self.seeds.appendingPathComponent(name)
    let text = try String(contentsOf: url, encoding: .utf8)
    return FeedReader().read(SourceDocument(path: "seeds/\(name)", text: text))
  }

  func texts(_ a: Article, _ role: BlockRole) -> [String] {
    a.blocks.filter { $0.role == role }.map { a.text(of: $0.span) }
  }

  func rss(_ items: String, channel: String = "<title>Desk</title>") -> String {
    """
    <?xml version="1.0" encoding="UTF-8"?>
    <rss version="2.0" xmlns:dc="http://purl.org/dc/elements/1.1/"
         xmlns:content="http://purl.org/rss/1.0/modules/content/">
    <channel>\(channel)\(items)</channel></rss>
    """
  }

  // MARK: Seeds

  @Test func readsTheRSSSeed() throws {
    let result = try seed("feed.rss")
    #expect(result.issues.isEmpty)
    #expect(result.articles.count == 2)
    let a = result.articles[0]
    let m = a.metadata
    #expect(m.format == "rss")
    #expect(m.path == "seeds/feed.rss#1")
    #expect(m.title == "Ferry service to Orkney cancelled as storm approaches")
    #expect(m.byline == "Fiona McLeod")
    #expect(m.date == "2024-11-12T08:15:00Z")
    #expect(m.source == "Example Harbour Times – Local News")
    #expect(m.url == "https://harbourtimes.example.com/local/2024/11/12/orkney-ferry-cancelled")
    #expect(m.standfirst == nil)
    #expect(m.meta["categories"] == .array([.string("Transport")]))
    #expect(m.meta["language"] == .string("en-gb"))
    #expect(a.blocks.map(\.role) == [.title, .paragraph, .paragraph])
    // Entity-escaped HTML: decoded once by XML, then read as HTML.
    #expect(texts(a, .paragraph)[1].hasPrefix("“Passenger safety has to come first,” said"))
    #expect(!a.text.contains("<p>") && !a.text.contains("&"))

    let b = result.articles[1]
    #expect(b.metadata.path == "seeds/feed.rss#2")
    #expect(b.metadata.byline == "Priya Nair")
    #expect(b.metadata.date == "2024-11-11T17:00:00Z")
    // CDATA HTML.
    #expect(texts(b, .paragraph).count == 2)
    #expect(texts(b, .paragraph)[1].hasPrefix("\"We wanted to tell the story"))
  }

  @Test func readsTheAtomSeed() throws {
    let result = try seed("feed.atom")
    #expect(result.issues.isEmpty)
    #expect(result.articles.count == 2)
    let a = result.articles[0]
    #expect(a.metadata.format == "atom")
    #expect(a.metadata.path == "seeds/feed.atom#1")
    #expect(a.metadata.title == "Researchers in Lisbon map deep-sea coral off the Azores")
    #expect(a.metadata.byline == "Beatriz Santos")
    #expect(a.metadata.date == "2024-05-22T09:00:00Z")
    #expect(a.metadata.source == "Example Science Desk")
    #expect(a.metadata.url == "https://science.example.org/2024/05/22/azores-coral-map")
    #expect(
      a.metadata.standfirst == "A survey found coral gardens far larger than previously recorded.")
    #expect(a.metadata.meta["updated"] == .string("2024-05-22T12:00:00Z"))
    #expect(a.blocks.map(\.role) == [.title, .standfirst, .paragraph, .paragraph])

    let b = result.articles[1]
    #expect(b.metadata.byline == "Tom Ashworth")
    #expect(b.metadata.standfirst == nil)
    #expect(b.blocks.map(\.role) == [.title, .paragraph, .paragraph])
    #expect(texts(b, .paragraph)[1].contains("“The tool is an extra pair of eyes"))
  }

  // MARK: RSS

  @Test func usesTheDescriptionAsStandfirstWhenThereIsFullContent() throws {
    let result = read(
      rss(
        """
        <item><title>Full</title>
          <description>A short summary of the story.</description>
          <content:encoded><![CDATA[<p>The full text, first paragraph.</p><p>Second.</p>]]></content:encoded>
        </item>
        <item><title>Teaser</title>
          <description>The full text, first paragraph, cut…</description>
          <content:encoded><![CDATA[<p>The full text, first paragraph, cut short here.</p>]]></content:encoded>
        </item>
        """))
    let full = try #require(result.articles.first)
    #expect(full.metadata.standfirst == "A short summary of the story.")
    #expect(full.blocks.map(\.role) == [.title, .standfirst, .paragraph, .paragraph])
    let teaser = try #require(result.articles.last)
    #expect(teaser.metadata.standfirst == nil)
  }

  @Test func splitsPlainTextBodiesAndDecodesDoubleEscapes() throws {
    let result = read(
      rss(
        """
        <item><title>Tom &amp;amp; Jerry&#8217;s day</title>
          <author>tom@example.com (Tom Cat)</author>
          <description>First line of plain text.

        Second paragraph &amp;amp; more.</description></item>
        """))
    let a = try #require(result.articles.first)
    #expect(a.metadata.title == "Tom & Jerry’s day")
    #expect(a.metadata.byline == "Tom Cat")
    #expect(texts(a, .paragraph) == ["First line of plain text.", "Second paragraph & more."])
  }

  @Test func reportsItemsWithoutTextAndLoadsTitleOnlyItems() throws {
    let result = read(
      rss(
        """

        <item><title>Headline only</title><link>https://example.com/a</link></item>
        <item><link>https://example.com/b</link><description>   </description></item>
        """), path: "news.rss")
    #expect(result.articles.count == 1)
    #expect(result.articles.first?.blocks.map(\.role) == [.title])
    let issue = try #require(result.issues.first)
    #expect(issue.message == "item 2 has no text; skipped")
    #expect(issue.path == "news.rss")
    #expect(issue.line == 6)
    #expect(issue.severity == .skipped)
  }

  @Test func readsRSS1() throws {
    let result = read(
      """
      <?xml version="1.0"?>
      <rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#"
               xmlns="http://purl.org/rss/1.0/" xmlns:dc="http://purl.org/dc/elements/1.1/">
        <channel rdf:about="https://example.org/"><title>RDF Desk</title></channel>
        <item rdf:about="https://example.org/1">
          <title>Old-style item</title>
          <description>Body of the old-style item.</description>
          <dc:creator>Ann Author</dc:creator>
          <dc:date>2004-03-05T10:00:00+01:00</dc:date>
        </item>
      </rdf:RDF>
      """)
    let a = try #require(result.articles.first)
    #expect(a.metadata.format == "rss")
    #expect(a.metadata.source == "RDF Desk")
    #expect(a.metadata.byline == "Ann Author")
    #expect(a.metadata.date == "2004-03-05T09:00:00Z")
    #expect(a.metadata.url == "https://example.org/1")
    #expect(texts(a, .paragraph) == ["Body of the old-style item."])
  }

  @Test func toleratesSloppyFeeds() throws {
    // Undeclared prefix, HTML entities XML does not know, an unclosed item.
    let result = read(
      """
      <rss version="2.0"><channel><title>Sloppy&nbsp;Feed</title>
      <item><title>It&rsquo;s broken</title><dc:creator>Sam Writer</dc:creator>
      <pubDate>Tue, 12 Nov 2024 08:15:00 BST</pubDate>
      <description>Text&nbsp;with entities &amp; a <b>tag</b>.</description>
      </channel></rss>
      """)
    let a = try #require(result.articles.first)
    #expect(a.metadata.title == "It’s broken")
    #expect(a.metadata.source == "Sloppy Feed")
    #expect(a.metadata.byline == "Sam Writer")
    #expect(a.metadata.date == "2024-11-12T07:15:00Z")
    #expect(texts(a, .paragraph) == ["Text with entities & a tag."])
  }

  // MARK: Atom

  @Test func readsAtomTextConstructs() throws {
    let result = read(
      """
      <feed xmlns="http://www.w3.org/2005/Atom" xml:lang="en">
        <title type="html">Lab &lt;i&gt;Notes&lt;/i&gt;</title>
        <author><name>Desk Editor</name></author>
        <entry>
          <title type="html">Cells &amp;amp; genes</title>
          <link rel="enclosure" href="https://example.org/a.mp3"/>
          <link rel="alternate" type="application/pdf" href="https://example.org/a.pdf"/>
          <link rel="alternate" type="text/html" href="https://example.org/a"/>
          <updated>2024-01-02T03:04:05Z</updated>
          <category term="biology"/>
          <content type="xhtml"><div xmlns="http://www.w3.org/1999/xhtml">
            <p>First <b>xhtml</b> paragraph.</p><h2>Section</h2><p>Second paragraph.</p>
          </div></content>
        </entry>
        <entry>
          <title>Elsewhere</title>
          <summary>Only a summary here.</summary>
          <content src="https://example.org/b.html" type="text/html"/>
        </entry>
      </feed>
      """)
    #expect(result.issues.isEmpty)
    let a = try #require(result.articles.first)
    #expect(a.metadata.source == "Lab Notes")
    #expect(a.metadata.title == "Cells & genes")
    #expect(a.metadata.byline == "Desk Editor")
    #expect(a.metadata.url == "https://example.org/a")
    #expect(a.metadata.date == "2024-01-02T03:04:05Z")
    #expect(a.metadata.meta["categories"] == .array([.string("biology")]))
    #expect(a.metadata.meta["enclosure"] == .string("https://example.org/a.mp3"))
    #expect(a.metadata.meta["language"] == .string("en"))
    #expect(a.blocks.map(\.role) == [.title, .paragraph, .heading, .paragraph])
    #expect(texts(a, .paragraph) == ["First xhtml paragraph.", "Second paragraph."])
    let b = try #require(result.articles.last)
    #expect(texts(b, .paragraph) == ["Only a summary here."])
    #expect(b.metadata.standfirst == nil)
  }

  @Test func makesNamedReferencesNumericOutsideCDATA() {
    let xml = """
      <!DOCTYPE rss [<!ENTITY own "&amp;">]><rss a="x &amp; y">AT&T &amp; &nbsp;&own; &#233; &bogus;\
      <![CDATA[&amp; <p>]]><!-- &amp; --></rss>
      """
    #expect(
      HTMLDocument.numericReferences(xml) == """
        <!DOCTYPE rss [<!ENTITY own "&amp;">]><rss a="x &#38; y">AT&#38;T &#38; &#160;&own; &#233; &bogus;\
        <![CDATA[&amp; <p>]]><!-- &amp; --></rss>
        """)
  }

  // MARK: Not feeds, and hostile feeds

  @Test func reportsWhatIsNotAFeed() {
    #expect(
      read("<html><body><p>Hello</p></body></html>").issues.first?.message.hasPrefix(
        "not an RSS or Atom feed: the root element is <html>") == true)
    #expect(read("").issues.first?.message == "not a feed: no XML element found")
    #expect(read("just text").issues.first?.message == "not a feed: no XML element found")
    #expect(read(rss("")).issues.first?.message == "feed has no items")
  }

  @Test func neverLoadsExternalEntities() {
    let result = read(
      """
      <?xml version="1.0"?>
      <!DOCTYPE rss [<!ENTITY xxe SYSTEM "file:///etc/passwd"><!ENTITY net SYSTEM "http://127.0.0.1:1/x">]>
      <rss version="2.0"><channel><title>Evil</title>
      <item><title>Secret: &xxe;&net;</title><description>Body &xxe; here.</description></item>
      </channel></rss>
      """)
    let a = result.articles.first
    #expect(a?.text.contains("root:") == false)
    #expect(a?.metadata.title == "Secret:")
  }

  @Test func doesNotExpandEntityBombs() {
    var doctype = "<!ENTITY a0 \"lol lol lol lol lol lol lol lol lol lol\">"
    for i in 1...9 {
      let refs = String(repeating: "&a\(i - 1);", count: 10)
      doctype += "<!ENTITY a\(i) \"\(refs)\">"
    }
    let result = read(
      """
      <?xml version="1.0"?>
      <!DOCTYPE rss [\(doctype)]>
      <rss version="2.0"><channel><title>Bomb</title>
      <item><title>Laughs</title><description>&a9;</description></item></channel></rss>
      """)
    for article in result.articles { #expect(article.text.utf8.count < 10_000) }
  }
}
