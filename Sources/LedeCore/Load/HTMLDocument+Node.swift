import CLibXML2

extension HTMLDocument {
  /// A node of the tree: an element, text, or something skipped (comments, instructions).
  struct Node {
    let document: HTMLDocument
    let pointer: xmlNodePtr

    /// What a ``walk(_:)`` callback wants next.
    enum Visit {
      case descend, skipChildren, stop
    }

    var isElement: Bool { pointer.pointee.type == XML_ELEMENT_NODE }

    /// Text or CDATA.
    var isText: Bool {
      pointer.pointee.type == XML_TEXT_NODE || pointer.pointee.type == XML_CDATA_SECTION_NODE
    }

    /// An entity reference left in an XML tree (entities are not substituted).
    var isEntityReference: Bool { pointer.pointee.type == XML_ENTITY_REF_NODE }

    /// The element's local name: lowercase in HTML, as written in XML.
    var name: String {
      guard let name = pointer.pointee.name else { return "" }
      return String(cString: name)
    }

    /// The namespace URI of an XML element, if it has one.
    var namespace: String? {
      guard let ns = pointer.pointee.ns, let href = ns.pointee.href else { return nil }
      return String(cString: href)
    }

    /// The namespace prefix of an XML element, if it has one.
    var prefix: String? {
      guard let ns = pointer.pointee.ns, let prefix = ns.pointee.prefix else { return nil }
      return String(cString: prefix)
    }

    /// The line the node starts on, 1-based, when libxml2 knows it.
    var line: Int? {
      let line = Int(xmlGetLineNo(pointer))
      return line > 0 ? line : nil
    }

    var parent: Node? {
      guard let parent = pointer.pointee.parent, parent.pointee.type == XML_ELEMENT_NODE else {
        return nil
      }
      return Node(document: document, pointer: parent)
    }

    var nextSibling: Node? { pointer.pointee.next.map { Node(document: document, pointer: $0) } }

    var firstChild: Node? {
      pointer.pointee.children.map { Node(document: document, pointer: $0) }
    }

    /// The direct children, in order.
    var children: Children { Children(first: firstChild) }

    /// The direct children that are elements.
    var elementChildren: [Node] { children.filter(\.isElement) }

    /// The text of a text node; empty for other nodes.
    var content: String {
      guard isText, let content = pointer.pointee.content else { return "" }
      return String(cString: content)
    }

    /// The character an undeclared HTML entity reference in XML stands for (`&nbsp;` in a
    /// sloppy feed); empty for anything else, including entities the document declares.
    var entityText: String {
      guard isEntityReference, let name = pointer.pointee.name,
        let entity = htmlEntityLookup(name), let scalar = Unicode.Scalar(entity.pointee.value)
      else { return "" }
      return String(Character(scalar))
    }

    /// The value of an attribute, or nil; names compare ignoring ASCII case in HTML.
    func attribute(_ name: String) -> String? {
      var attribute = pointer.pointee.properties
      while let a = attribute {
        if let raw = a.pointee.name {
          let attributeName = String(cString: raw)
          if attributeName == name || (!document.isXML && attributeName.lowercased() == name) {
            var value = ""
            var child = a.pointee.children
            while let c = child {
              if let content = c.pointee.content { value += String(cString: content) }
              child = c.pointee.next
            }
            return value
          }
        }
        attribute = a.pointee.next
      }
      return nil
    }

    /// The whitespace-separated tokens of `class` and `id`, lowercased.
    var classAndID: String {
      let value = [attribute("class"), attribute("id")].compactMap { $0 }.joined(separator: " ")
      return value.lowercased()
    }

    /// All the text below this node, in order, without script and style content or entity
    /// references.
    var text: String {
      if isText { return content }
      var result = ""
      walk { node in
        if node.isText {
          result += node.content
        } else if node.isEntityReference {
          result += node.entityText
        } else if node.isElement, !document.isXML, node.name == "script" || node.name == "style" {
          return .skipChildren
        }
        return .descend
      }
      return result
    }

    /// Whether `other` is this node or lies below it.
    func contains(_ other: Node) -> Bool {
      var node: Node? = other
      while let n = node {
        if n.pointer == pointer { return true }
        node = n.parent
      }
      return false
    }

    /// Visits every node below this one in document order, without recursion (pages can nest
    /// thousands deep). Entity references are never entered.
    func walk(_ visit: (Node) -> Visit) {
      var current = firstChild
      while let node = current {
        let action = visit(node)
        if action == .stop { return }
        if action == .descend, !node.isEntityReference, let child = node.firstChild {
          current = child
          continue
        }
        current = nil
        var climbing: Node? = node
        while let n = climbing, n.pointer != pointer {
          if let next = n.nextSibling {
            current = next
            break
          }
          climbing = n.pointer.pointee.parent.map { Node(document: document, pointer: $0) }
        }
      }
    }
  }

  /// The children of a node, followed through `next` pointers.
  struct Children: Sequence, IteratorProtocol {
    private var upcoming: Node?

    init(first: Node?) { upcoming = first }

    mutating func next() -> Node? {
      defer { upcoming = upcoming?.nextSibling }
      return upcoming
    }
  }
}

extension HTMLDocument.Node {
  /// The node's identity, for sets of nodes.
  var id: UnsafeMutableRawPointer { UnsafeMutableRawPointer(pointer) }
}
