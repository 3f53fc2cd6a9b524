import Foundation
import Testing

@testable import LedeCore

@Suite struct HTMLReaderTests {
  static let seeds = URL(fileURLWithPath: #filePath)
    .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
    .appendingPathComponent("seeds")

  func read(_ html: String, path: String = "page.html") -> ReadResult {
    HTMLReader().read(SourceDocument(path: path, text: html))
  }

  func article(_ html: String) throws -> Article {
    let result = read(html)
    #expect(result.issues.isEmpty)
    return try #require(result.articles.first)
  }

  func texts(_ a: Article, _ role: BlockRole) -> [String] {
    a.blocks.filter { $0.role == role }.map { a.text(of: $0.span) }
  }

  // MARK: The seed page

  @Test func readsTheSeedPage() throws {
    let url = Self.seeds.appendingPathComponent("transfer-news.html")
    let text = try String(contentsOf: url, encoding: .utf8)
    let result = HTMLReader().read(SourceDocument(path: url.path, text: text))
    #expect(result.issues.isEmpty)
    let a = try #require(result.articles.first)
    let m = a.metadata
    #expect(m.format == "html")
    #expect(m.title == "Eastport Athletic sign Mateo Ríos in club-record deal")
    #expect(
      m.standfirst == "The Uruguayan striker joins from Atlético Valverde for a fee of about £32m.")
    #expect(m.byline == "Owen Pritchard")
    #expect(m.date == "2024-08-29T15:45:00Z")
    #expect(m.source == "Example Sport")
    #expect(
      m.url == "https://sport.example.com/football/2024/08/29/eastport-athletic-sign-mateo-rios")
    #expect(m.section == "Football")
    #expect(m.meta["language"] == .string("en"))

    #expect(
      a.blocks.map(\.role) == [
        .title, .standfirst, .paragraph, .paragraph, .paragraph, .heading, .paragraph, .paragraph,
      ])
    #expect(texts(a, .heading) == ["Manager hails ‘statement’ signing"])
    let paragraphs = texts(a, .paragraph)
    #expect(paragraphs[2].hasPrefix("“I’ve wanted to play in England"))
    #expect(a.blocks[6].heading == 5)
    for boilerplate in [
      "Home", "Cricket", "Scores", "News, results", "Related stories", "Deadline day",
      "All rights reserved", "Privacy", "dataLayer", "tracked", "By Owen", "29 August 2024",
    ] {
      #expect(!a.text.contains(boilerplate), "boilerplate '\(boilerplate)' in text")
    }
  }

  // MARK: Pages without semantic markup

  static let divSoup = """
    <!-- no doctype, no html, no head -->
    <title>Port strike enters third week &#8211; Harbour Gazette</title>
    <meta property="og:site_name" content="Harbour Gazette">
    <div id="top"><ul class="menu"><li><a href="/">Home</a><li><a href="/news">News</a></ul></div>
    <div id="page">
      <div class="sidebar"><h3>Most read</h3><p>Sidebar teaser that is long enough to count as a paragraph, really.</p></div>
      <div class="story">
        <h1>Port strike enters third week</h1>
        <div class="share-tools"><a href="#">Share on X</a> <a href="#">Email</a></div>
        <p>Dock workers at Eastport walked out again on Monday, extending a strike that has halted
           container traffic for <b>fifteen days</b> and left ships queuing off the coast.
        <p>&ldquo;We are not going back until the offer is fair,&rdquo; said union organiser
           Dana Kell&eacute;, speaking outside the terminal gates.&nbsp;Talks resume on Thursday.
        <script>document.write("<p>injected text</p>")</script>
        <p>The port authority said it had made its final offer, worth 6% over two years, and
           warned that shipping lines were diverting cargo to rival ports.</p>
        <p>Advertisement</p>
        <h2>What happens next</h2>
        <p>Ministers said they would not intervene, although an emergency debate has been
           requested by local MPs for next week.
        <div class="newsletter-signup"><p>Sign up to our daily newsletter for all the latest news.</p></div>
      </div>
      <div id="comments"><p>Great article, thanks for writing it, I agree with every word here.</p></div>
    </div>
    <div class="footer">Harbour Gazette &copy; 2024 &middot; <a href="/terms">Terms</a></div>
    """

  @Test func scoresContainersWhenThereIsNoArticleElement() throws {
    let a = try article(Self.divSoup)
    #expect(a.metadata.title == "Port strike enters third week")
    #expect(a.metadata.source == "Harbour Gazette")
    let paragraphs = texts(a, .paragraph)
    #expect(paragraphs.count == 4)
    #expect(paragraphs[0].hasPrefix("Dock workers at Eastport walked out again on Monday"))
    #expect(paragraphs[0].contains("for fifteen days and left"))
    #expect(
      paragraphs[1]
        == "“We are not going back until the offer is fair,” said union organiser Dana Kellé, speaking outside the terminal gates. Talks resume on Thursday."
    )
    #expect(texts(a, .heading) == ["What happens next"])
    for boilerplate in [
      "Home", "Most read", "Sidebar", "Share on", "injected", "Advertisement", "Sign up",
      "Great article", "Terms", "©",
    ] {
      #expect(!a.text.contains(boilerplate), "boilerplate '\(boilerplate)' in text")
    }
  }

  static let utilityClassPage = """
    <!doctype html><html lang="en-GB"><head>
    <meta charset="utf-8"><title>Council approves new cycle lanes - Midtown Herald</title>
    <meta property="og:title" content="Council approves new cycle lanes">
    <meta property="og:site_name" content="Midtown Herald">
    <meta name="author" content="Midtown Herald">
    <script>window.__DATA__ = {"a": "<p>not</p>"};</script>
    <link rel="canonical" href="https://midtown.example/news/cycle-lanes">
    </head>
    <body class="page has-sidebar">
    <div id="cookie-banner">We use cookies to improve your experience on our website.</div>
    <header class="site-header"><a href="/"><h1 class="logo">Midtown Herald</h1></a>
      <nav><a href="/news">News</a><a href="/sport">Sport</a></nav></header>
    <div class="container mx-auto overflow-hidden">
      <div class="flex flex-col">
        <div class="grow">
          <h1 class="text-3xl font-bold">Council approves new cycle lanes</h1>
          <div class="text-lg text-gray-600">Work on the three routes begins in spring, the council said.</div>
          <div class="meta">By <a rel="author" href="/staff/kim">Kim Park</a> <span>·</span> <time datetime="2024-02-14T18:20:00Z">14 Feb 2024</time></div>
          <ul class="social-share"><li><a href="#">Facebook</a></li><li><a href="#">Twitter</a></li></ul>
          <div class="prose">
            <p>Midtown council voted on Tuesday to build three protected cycle lanes, ending a two-year row over road space in the city centre.</p>
            <p>Councillor Ruth Adeyemi, who proposed the plan, said the lanes would "make cycling a real choice for families".</p>
            <figure><img src="/lane.jpg" alt="A cycle lane"><figcaption>The existing lane on King Street. Photo: Herald</figcaption></figure>
            <p><strong>Read more:</strong> <a href="/news/cycle-row">How the cycle lane row began</a></p>
            <div class="newsletter-promo"><p>Get the Herald's morning briefing in your inbox every day.</p><button>Sign up</button></div>
            <p>Opponents, including several shop owners on King Street, warned that losing parking would hurt trade. A petition against the scheme gathered 4,000 signatures.</p>
            <h2>What the lanes will cost</h2>
            <p>The scheme will cost £6.2m, most of it from a government active travel grant.</p>
            <span class="sr-only">End of article</span>
          </div>
          <div class="comments-count">42 comments</div>
        </div>
        <div class="w-1/3"><h3>Most popular</h3><ol><li><a href="/1">Story one headline that is long</a></li><li><a href="/2">Story two headline that is long</a></li></ol></div>
      </div>
    </div>
    <footer><p>© Midtown Herald</p></footer>
    </body></html>
    """

  @Test func readsAPageStyledWithUtilityClasses() throws {
    let a = try article(Self.utilityClassPage)
    let m = a.metadata
    #expect(m.title == "Council approves new cycle lanes")
    #expect(m.source == "Midtown Herald")
    // The author meta names the site; the rel=author link names the reporter.
    #expect(m.byline == "Kim Park")
    #expect(m.date == "2024-02-14T18:20:00Z")
    #expect(m.url == "https://midtown.example/news/cycle-lanes")
    #expect(m.meta["language"] == .string("en-GB"))
    #expect(
      a.blocks.map(\.role) == [.title, .paragraph, .paragraph, .paragraph, .heading, .paragraph])
    for boilerplate in [
      "cookies", "News", "Sport", "Facebook", "Photo: Herald", "Read more", "morning briefing",
      "Sign up", "End of article", "42 comments", "Most popular", "Story one", "©", "__DATA__",
    ] {
      #expect(!a.text.contains(boilerplate), "boilerplate '\(boilerplate)' in text")
    }
  }

  @Test func readsLooseTextBrokenByDoubleBreaks() throws {
    let a = try article(
      """
      <html><body><div class="content">First line of loose text that has no paragraph tags at all.
      <br>still the first paragraph, wrapped by a single break.<br><br>
      Second paragraph after a double break, with <i>inline</i> markup.<br/><br/>
      <span>Third one.</span></div></body></html>
      """)
    #expect(
      texts(a, .paragraph) == [
        "First line of loose text that has no paragraph tags at all. still the first paragraph, wrapped by a single break.",
        "Second paragraph after a double break, with inline markup.",
        "Third one.",
      ])
  }

  // MARK: Metadata

  @Test func stripsTheSiteFromTheTitle() throws {
    let a = try article(
      """
      <html><head><title>Floods close motorway | The Daily Example</title>
      <meta property="og:site_name" content="The Daily Example"></head>
      <body><article><p>Heavy rain closed the motorway between the two cities overnight.</p></article></body></html>
      """)
    #expect(a.metadata.title == "Floods close motorway")
    #expect(a.metadata.source == "The Daily Example")
    #expect(a.text.hasPrefix("Floods close motorway\n\nHeavy rain"))
  }

  @Test func keepsATitleWhoseSuffixIsNotTheSite() throws {
    let a = try article(
      """
      <title>Rates rise - and more to come</title>
      <article><p>The central bank raised rates again on Thursday, its fifth rise this year.</p></article>
      """)
    #expect(a.metadata.title == "Rates rise - and more to come")
  }

  @Test func dropsADescriptionThatOnlyRepeatsTheFirstParagraph() throws {
    let a = try article(
      """
      <meta name="description" content="The central bank raised rates again on Thursday…">
      <article><h1>Rates rise</h1>
      <p>The central bank raised rates again on Thursday, its fifth rise this year.</p></article>
      """)
    #expect(a.metadata.standfirst == nil)
    #expect(a.blocks.map(\.role) == [.title, .paragraph])
  }

  @Test func readsAVisibleStandfirstBylineAndTime() throws {
    let a = try article(
      """
      <header class="site"><h1 class="logo">Example News</h1><time datetime="2030-01-01">Today</time></header>
      <main>
        <h1>Bridge reopens after repairs</h1>
        <p class="article__standfirst">Drivers can use the crossing again after nine months.</p>
        <div class="article-byline">By Jane Doe and Sam Roe, <span>Transport correspondents</span> | 3 March 2024</div>
        <p><time datetime="2024-03-03T07:00:00-05:00">March 3</time></p>
        <p>The bridge reopened at dawn on Sunday, two weeks ahead of schedule.</p>
      </main>
      """)
    #expect(a.metadata.title == "Bridge reopens after repairs")
    #expect(a.metadata.standfirst == "Drivers can use the crossing again after nine months.")
    #expect(a.metadata.byline == "Jane Doe and Sam Roe, Transport correspondents")
    #expect(a.metadata.date == "2024-03-03T12:00:00Z")
    #expect(
      texts(a, .paragraph) == [
        "The bridge reopened at dawn on Sunday, two weeks ahead of schedule."
      ])
    #expect(texts(a, .standfirst) == ["Drivers can use the crossing again after nine months."])
  }

  @Test func readsJSONLinkedData() throws {
    let a = try article(
      """
      <html><head><script type="application/ld+json">
      {"@context": "https://schema.org", "@graph": [
        {"@type": "WebSite", "name": "Wire"},
        {"@type": ["NewsArticle"], "headline": "Grain deal extended &amp; widened",
         "datePublished": "2023-07-17T10:00:00+02:00", "author": [{"@type": "Person", "name": "Ana Lima"}],
         "publisher": {"@type": "Organization", "name": "Wire Service"},
         "keywords": "grain, shipping", "articleSection": "World"}]}
      </script></head>
      <body><article><p>The grain deal was extended for another four months on Monday.</p></article></body></html>
      """)
    #expect(a.metadata.title == "Grain deal extended & widened")
    #expect(a.metadata.byline == "Ana Lima")
    #expect(a.metadata.date == "2023-07-17T08:00:00Z")
    #expect(a.metadata.source == "Wire Service")
    #expect(a.metadata.section == "World")
    #expect(a.metadata.meta["keywords"] == .array([.string("grain"), .string("shipping")]))
  }

  @Test func keepsOtherOpenGraphAndArticleFields() throws {
    let a = try article(
      """
      <meta property="og:type" content="article">
      <meta property="article:tag" content="Energy"><meta property="article:tag" content="Ukraine">
      <meta property="article:modified_time" content="2023-10-18T10:00:00Z">
      <meta property="article:opinion" content="false">
      <meta name="keywords" content="power, grid , winter">
      <article><p>Power cuts returned to Kharkiv after overnight strikes on the grid.</p></article>
      """)
    let meta = a.metadata.meta
    #expect(meta["tags"] == .array([.string("Energy"), .string("Ukraine")]))
    #expect(meta["keywords"] == .array([.string("power"), .string("grid"), .string("winter")]))
    #expect(meta["modified"] == .string("2023-10-18T10:00:00Z"))
    #expect(meta["type"] == .string("article"))
    #expect(meta["article:opinion"] == .string("false"))
  }

  // MARK: Content choice

  @Test func picksTheArticleWithTheMostTextAmongTeasers() throws {
    let a = try article(
      """
      <body>
      <article class="teaser"><h2>Other story</h2><p>A teaser for another story, short but a real paragraph.</p></article>
      <article>
        <h1>Main story</h1>
        <p>The main story's first paragraph is long enough to matter, with a comma, or two.</p>
        <p>The second paragraph carries on with the story and adds detail, quotes, and context.</p>
        <ul><li>First point of a list inside the story.</li><li>Second point of the list.</li></ul>
        <ul class="links"><li><a href="/a">Linked headline one</a></li><li><a href="/b">Linked headline two</a></li></ul>
        <blockquote>A quotation set apart from the text.</blockquote>
        <table><tr><td>Goals</td><td>21</td></tr></table>
        <figure><img src="x.jpg"><figcaption>A caption that is not text.</figcaption></figure>
      </article>
      <article class="teaser"><p>Another teaser paragraph that should not be read at all.</p></article>
      </body>
      """)
    #expect(
      texts(a, .paragraph) == [
        "The main story's first paragraph is long enough to matter, with a comma, or two.",
        "The second paragraph carries on with the story and adds detail, quotes, and context.",
        "First point of a list inside the story.", "Second point of the list.",
        "A quotation set apart from the text.",
      ])
    #expect(a.metadata.title == "Main story")
  }

  @Test func keepsHeadingsButNotTrailingOnes() throws {
    let a = try article(
      """
      <article><p>Opening paragraph of the piece, long enough.</p><h3>Background</h3>
      <p>Some background.</p><h4>More on this story</h4></article>
      """)
    #expect(a.blocks.map(\.role) == [.paragraph, .heading, .paragraph])
  }

  // MARK: Pages that are not articles

  @Test(arguments: [
    "<nav><ul><li><a href='/'>Home</a></li><li><a href='/news'>News</a></li></ul></nav>",
    "<html><head><title>Empty</title></head><body></body></html>",
    "",
    "   \n",
    "<script>var x = '<p>not text</p>';</script><style>p { color: red }</style>",
    "<html><body><footer><p>Copyright 2024 Example Ltd, all rights reserved worldwide.</p></footer></body></html>",
  ])
  func reportsPagesWithoutText(_ html: String) {
    let result = read(html, path: "nav.html")
    #expect(result.articles.isEmpty)
    #expect(result.issues == [LoadIssue(path: "nav.html", "no article text found in HTML")])
    #expect(result.issues.first?.severity == .skipped)
  }

  // MARK: Robustness

  @Test func survivesBrokenMarkup() throws {
    let a = try article(
      """
      <html><body><article><p>First <b>bold <i>both</b> italic?</i> text &amp; more &unknown; &#x41;
      <p>Second <a href="x>broken link</a> still here.
      <div><p>Third inside an unclosed div
      </article></body>
      """)
    let paragraphs = texts(a, .paragraph)
    #expect(paragraphs.first?.hasPrefix("First bold both italic? text & more") == true)
    #expect(paragraphs.count >= 2)
  }

  @Test func ignoresADeclaredCharsetSinceTheTextIsAlreadyDecoded() throws {
    let a = try article(
      """
      <meta charset="iso-8859-1"><article><p>Zürich, São Paulo and Kraków — “quoted”.</p></article>
      """)
    #expect(texts(a, .paragraph) == ["Zürich, São Paulo and Kraków — “quoted”."])
  }

  @Test func readsAHugePage() throws {
    var html = "<html><body><nav><a href='/'>Home</a></nav><article><h1>Long read</h1>"
    for i in 0..<5_000 {
      html +=
        "<p>Paragraph number \(i) of a very long article, with a comma and a <a href='#'>link</a>.</p>\n"
      if i % 500 == 0 { html += "<div class='ad-slot'><p>Advertisement block \(i)</p></div>" }
    }
    html += "</article><footer>Footer</footer></body></html>"
    let a = try article(html)
    #expect(texts(a, .paragraph).count == 5_000)
    #expect(!a.text.contains("Advertisement block"))
  }

  @Test func readsDeepTrees() throws {
    let html =
      String(repeating: "<div>", count: 240) + "<p>Deep text at the bottom of a deep tree.</p>"
    let a = try article(html)
    #expect(texts(a, .paragraph) == ["Deep text at the bottom of a deep tree."])
  }

  @Test func survivesHostileNesting() {
    let depth = 20_000
    let html =
      String(repeating: "<div>", count: depth)
      + "<p>Deep text at the bottom of a very deep tree.</p>"
      + String(repeating: "</div>", count: depth)
    let result = read(html)
    // Past libxml2's usual limit of 256 the page is parsed without it and read as plain text,
    // with a warning: neither a crash, a hang nor a lost article.
    #expect(result.articles.count == 1)
    #expect(
      result.articles.first?.text.contains("Deep text at the bottom of a very deep tree.") == true)
    #expect(result.issues.map(\.severity) == [.repaired])
  }

  @Test func readsConcurrently() async throws {
    // The loader reads files on many threads; libxml2 must be set up once and stay quiet.
    let url = Self.seeds.appendingPathComponent("transfer-news.html")
    let text = try String(contentsOf: url, encoding: .utf8)
    let document = SourceDocument(path: "x.html", text: text)
    let expected = HTMLReader().read(document).articles.first?.text
    let texts = await withTaskGroup(of: String?.self) { group in
      for _ in 0..<64 {
        group.addTask { HTMLReader().read(document).articles.first?.text }
      }
      return await group.reduce(into: [String?]()) { $0.append($1) }
    }
    #expect(texts.count == 64)
    #expect(texts.allSatisfy { $0 == expected && $0 != nil })
  }

  // MARK: Fragments

  @Test func recognisesHTMLFragments() {
    #expect(HTMLReader.looksLikeHTML("<p>Hello</p>"))
    #expect(HTMLReader.looksLikeHTML("Text with a<br/>break"))
    #expect(HTMLReader.looksLikeHTML("<!-- comment --> text"))
    #expect(HTMLReader.looksLikeHTML("<H2 class='x'>Title</H2>"))
    #expect(!HTMLReader.looksLikeHTML("if a<b and c > d then"))
    #expect(!HTMLReader.looksLikeHTML("Plain text about <3 and <rant> markers"))
  }

  @Test func readsFragmentsWhoseElementsLibXML2PutsInTheHead() {
    let blocks = HTMLReader.blocks(
      ofFragment: "<script>x()</script><section><p>Text in a section.</p></section>")
    #expect(blocks.map(\.text) == ["Text in a section."])
  }

  @Test func readsFragments() {
    let blocks = HTMLReader.blocks(
      ofFragment: """
        <h1>Inside heading</h1><p>One &amp; two.</p>Loose text<br><br>More<script>x()</script>
        """)
    #expect(blocks.map(\.role) == [.heading, .paragraph, .paragraph, .paragraph])
    #expect(blocks.map(\.text) == ["Inside heading", "One & two.", "Loose text", "More"])
  }
}
