import CLibXML2

/// A document parsed by libxml2 and owned by this object: HTML through libxml2's forgiving HTML
/// parser, or XML (feeds) without network access, DTD loading or entity substitution.
///
/// The tree is freed with the object, and every ``Node`` holds its document, so a node never
/// outlives its tree. Not `Sendable`: a libxml2 tree is not safe to share between threads, so a
/// document lives inside the one reader call that parsed it.
final class HTMLDocument {
  private let pointer: xmlDocPtr
  /// Whether the document came from the XML parser (names keep their case).
  let isXML: Bool

  private init(pointer: xmlDocPtr, isXML: Bool) {
    self.pointer = pointer
    self.isXML = isXML
  }

  deinit { xmlFreeDoc(pointer) }

  /// Parses HTML, repairing what is broken; nil for an empty or oversized input.
  ///
  /// libxml2 stops reading at 256 levels of nesting, which unclosed tags reach quickly (every
  /// `<div>` left open nests the next paragraph one deeper), and the rest of the page is lost.
  /// A page that reaches it is parsed again without the limit and ``nesting`` says how deep it
  /// went: the readers walk trees recursively, so such a page is read as plain text
  /// (``flatText``), whole, rather than walked.
  static func html(_ text: String) -> HTMLDocument? {
    let options =
      HTML_PARSE_RECOVER.rawValue | HTML_PARSE_NOERROR.rawValue | HTML_PARSE_NOWARNING.rawValue
      | HTML_PARSE_NONET.rawValue | HTML_PARSE_COMPACT.rawValue | HTML_PARSE_IGNORE_ENC.rawValue
    let read = { (options: UInt32) in
      parse(text, isXML: false) { buffer, count in
        htmlReadMemory(buffer, count, nil, "UTF-8", Int32(bitPattern: options))
      }
    }
    guard let shallow = read(options) else { return nil }
    guard shallow.depth >= depthLimit,
      let deep = read(options | XML_PARSE_HUGE.rawValue)
    else { return shallow }
    deep.nesting = deep.depth
    return deep
  }

  /// libxml2's nesting limit without XML_PARSE_HUGE (`xmlParserMaxDepth`).
  static let depthLimit = 256

  /// The page's nesting when it was past libxml2's usual limit.
  var nesting: Int?

  /// The page's title and text lines, read without recursion and without structure: for a
  /// page nested too deep to walk. Scripts and styles are skipped; block elements and `<br>`
  /// end a line.
  var flatText: (title: String?, lines: [String]) {
    guard let root = xmlDocGetRootElement(pointer) else { return (nil, []) }
    var title: String?
    var text = ""
    var stack: [xmlNodePtr] = [root]
    while let node = stack.popLast() {
      if node.pointee.type == XML_TEXT_NODE, let content = node.pointee.content {
        text += String(cString: content)
        continue
      }
      guard node.pointee.type == XML_ELEMENT_NODE, let raw = node.pointee.name else { continue }
      let name = String(cString: raw).lowercased()
      if name == "script" || name == "style" { continue }
      if name == "title" {
        var child = node.pointee.children
        while title == nil, let c = child {
          if c.pointee.type == XML_TEXT_NODE, let content = c.pointee.content {
            title = String(cString: content)
          }
          child = c.pointee.next
        }
        continue
      }
      if !HTMLContent.inlineElements.contains(name) { text += "\n" }
      var children: [xmlNodePtr] = []
      var child = node.pointee.children
      while let c = child {
        children.append(c)
        child = c.pointee.next
      }
      stack += children.reversed()
    }
    let lines = text.split(separator: "\n").map { ArticleBuilder.collapseWhitespace(String($0)) }
    return (title.map { ArticleBuilder.collapseWhitespace($0) }, lines.filter { !$0.isEmpty })
  }

  /// The deepest nesting of the tree, counted without recursion.
  var depth: Int {
    guard let root = xmlDocGetRootElement(pointer) else { return 0 }
    var deepest = 0
    var stack: [(xmlNodePtr, Int)] = [(root, 1)]
    while let (node, level) = stack.popLast() {
      deepest = max(deepest, level)
      var child = node.pointee.children
      while let c = child {
        if c.pointee.type == XML_ELEMENT_NODE { stack.append((c, level + 1)) }
        child = c.pointee.next
      }
    }
    return deepest
  }

  /// Parses XML leniently. External entities, DTDs and the network are never loaded, and
  /// entities the document declares are not substituted (``Node/text`` skips their references),
  /// so a hostile feed can neither read local files nor expand into gigabytes. Named character
  /// references are made numeric first (see ``numericReferences(_:)``).
  static func xml(_ text: String) -> HTMLDocument? {
    let options =
      XML_PARSE_RECOVER.rawValue | XML_PARSE_NOERROR.rawValue | XML_PARSE_NOWARNING.rawValue
      | XML_PARSE_NONET.rawValue | XML_PARSE_NOCDATA.rawValue | XML_PARSE_COMPACT.rawValue
      | XML_PARSE_BIG_LINES.rawValue | XML_PARSE_IGNORE_ENC.rawValue
    return parse(numericReferences(text), isXML: true) { buffer, count in
      xmlReadMemory(buffer, count, nil, "UTF-8", Int32(bitPattern: options))
    }
  }

  private static func parse(
    _ text: String, isXML: Bool,
    _ read: (UnsafePointer<CChar>, Int32) -> xmlDocPtr?
  ) -> HTMLDocument? {
    _ = setUp
    // Error handlers are per-thread state in libxml2; silence this thread before parsing.
    lede_xml_silence_thread()
    var text = text
    let doc: xmlDocPtr? = text.withUTF8 { bytes in
      guard let base = bytes.baseAddress, bytes.count > 0, bytes.count <= Int(Int32.max) else {
        return nil
      }
      return base.withMemoryRebound(to: CChar.self, capacity: bytes.count) {
        read($0, Int32(bytes.count))
      }
    }
    return doc.map { HTMLDocument(pointer: $0, isXML: isXML) }
  }

  /// Initialises libxml2 once per process, before any thread parses, and makes silence the
  /// default error handling for threads that start parsing later.
  private static let setUp: Void = {
    xmlInitParser()
    lede_xml_silence_by_default()
  }()

  /// The root element.
  var root: Node? { xmlDocGetRootElement(pointer).map { Node(document: self, pointer: $0) } }
}
