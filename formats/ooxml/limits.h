// Caps that keep an untrusted zip package and its XML parts from exhausting memory or time. The
// zip caps are checked before anything is inflated, from the sizes the central directory declares,
// and again while bytes stream out of an entry, because those declared sizes can lie. The XML caps
// are checked while a part streams through libxml2 (formats/ooxml/xml_stream.h).
//
// Entry names. A zip entry whose name is absolute ("/etc/passwd", "\evil", "C:/x") or climbs with
// ".." ("../../x", "word/../../x") is refused, and so is the whole package: OPC part names are
// relative and never hold "." or ".." segments (ECMA-376 Part 2, 9.1.1.1), so no conforming
// producer writes one, and kpiconv's package writer copies entries it does not understand byte for
// byte — keeping such an entry would hand it on to whoever unzips kpiconv's output. kpiconv itself
// never opens a file by an entry's name. Two entries naming the same part (OPC compares part names
// case-insensitively, after percent-decoding: "word/document.xml" and "Word/Document.xml") are
// refused as ambiguous, since which one a reader takes would decide what the document says.
#pragma once

#include <cstdint>

#include "converter/registry/format.h"

namespace kpiconv::ooxml {

// One token of an XML part (a text between tags, an attribute value, a comment, a CDATA section, a
// processing instruction): Word's longest is far below a megabyte; libxml2 and kpiconv hold a
// token whole, a few times over.
inline constexpr std::uint64_t kMaxXmlTokenBytes = std::uint64_t{64} << 20;

struct PackageLimits {
  // Entries in the archive. A central directory with millions of entries costs memory and time
  // before a single part is read.
  std::uint64_t max_entries = 100000;
  // Uncompressed size of one entry (one part). Bounds the worst single read, e.g. a 15 MB
  // document.xml is normal, a 10 GB one is an attack. It also bounds everything inside one XML
  // part: a text node, an attribute value, a name.
  std::uint64_t max_part_bytes = 1ull << 30;
  // Uncompressed bytes read from the whole archive by one reader (all parts together), so many
  // moderately large parts cannot add up to an exhaustion either.
  std::uint64_t max_total_bytes = 4ull << 30;
  // Uncompressed / compressed size of one entry: the signature of a zip bomb (deflate tops out
  // near 1032:1). Only checked for entries of at least `ratio_floor_bytes` uncompressed, since a
  // tiny part of repeated characters can legitimately compress very well and cannot hurt.
  double max_compression_ratio = 1000.0;
  std::uint64_t ratio_floor_bytes = 1ull << 20;

  // Element levels in one XML part. Word nests a table in a text box in a table well under 100
  // levels; the parsers recurse per level, so the cap also bounds their stack. libxml2 allows
  // 256 levels by default and parts are parsed with XML_PARSE_HUGE (for text nodes over 10 MB),
  // which lifts its cap: this one replaces it, with our message.
  int max_xml_depth = 256;
  // Attributes on one element, namespace declarations included. libxml2 2.9 checks a new
  // attribute against every earlier one of its element, so one element with 100,000 attributes
  // (a 1 MB part) takes it half a minute; Word's busiest element (w:document) has about 40.
  int max_xml_attributes = 512;
  // Namespace declarations in scope at once (on an element and its ancestors). libxml2 2.9 looks
  // every prefixed name up through all of them, so 50,000 nested declarations over 300,000
  // elements (a 3 MB part) take it a minute; OOXML parts declare a few dozen at their root.
  int max_xml_namespaces = 256;

  static PackageLimits from(const ReadOptions& options) {
    PackageLimits limits;
    limits.max_entries = options.max_entries;
    limits.max_part_bytes = options.max_part_bytes;
    limits.max_total_bytes = options.max_total_bytes;
    limits.max_compression_ratio = options.max_compression_ratio;
    limits.ratio_floor_bytes = options.ratio_floor_bytes;
    limits.max_xml_depth = options.max_xml_depth;
    limits.max_xml_attributes = options.max_xml_attributes;
    limits.max_xml_namespaces = options.max_xml_namespaces;
    return limits;
  }
};

}  // namespace kpiconv::ooxml
