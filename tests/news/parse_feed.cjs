// Parse an RSS 2.0 or Atom file with fast-xml-parser (vendored in tests/news/vendor/ by
// `make vendor`, a single dependency-free file) and print what it found as JSON, for
// tests/news/test_feed_interop.py to compare with feedparser (Python).
//
//   node tests/news/parse_feed.cjs FILE.xml
//
// Prints {"format": "rss"|"atom", "title": ..., "items": [{"title", "link", "id"}]}, items in
// document order; for RSS, "id" is the <guid>, for Atom the <id>, and "link" the Atom link with
// rel="alternate" (or no rel). Exits 1 when the XML is not well-formed or is neither RSS 2.0 nor
// Atom.

"use strict";

const { readFileSync } = require("node:fs");

const { XMLParser, XMLValidator } = require("./vendor/fxp.cjs");

const ATOM_NS = "http://www.w3.org/2005/Atom";

function list(value) {
  if (value === undefined || value === null) return [];
  return Array.isArray(value) ? value : [value];
}

function text(value) {
  if (value === undefined || value === null) return null;
  if (typeof value === "object") return text(value["#text"] ?? "");
  return String(value);
}

function atomLink(links) {
  const alternate = list(links).find((link) => !link["@_rel"] || link["@_rel"] === "alternate");
  return alternate ? alternate["@_href"] : null;
}

function main(path) {
  const xml = readFileSync(path, "utf8");
  const valid = XMLValidator.validate(xml);
  if (valid !== true) {
    throw new Error(`not well-formed XML: ${JSON.stringify(valid.err)}`);
  }
  const parser = new XMLParser({
    ignoreAttributes: false,
    attributeNamePrefix: "@_",
    parseTagValue: false,
    parseAttributeValue: false,
    trimValues: true,
    processEntities: true,
    htmlEntities: false,
    isArray: (name) => ["item", "entry", "link", "category"].includes(name),
  });
  const doc = parser.parse(xml);
  let result;
  if (doc.rss) {
    if (doc.rss["@_version"] !== "2.0") throw new Error("RSS but not version 2.0");
    const channel = doc.rss.channel;
    result = {
      format: "rss",
      title: text(channel.title),
      items: list(channel.item).map((item) => ({
        title: text(item.title),
        link: text(list(item.link)[0]),
        id: text(item.guid),
      })),
    };
  } else if (doc.feed) {
    if (doc.feed["@_xmlns"] !== ATOM_NS) throw new Error("<feed> outside the Atom namespace");
    result = {
      format: "atom",
      title: text(doc.feed.title),
      items: list(doc.feed.entry).map((entry) => ({
        title: text(entry.title),
        link: atomLink(entry.link),
        id: text(entry.id),
      })),
    };
  } else {
    throw new Error(`neither RSS nor Atom: root ${Object.keys(doc).join(", ")}`);
  }
  process.stdout.write(JSON.stringify(result) + "\n");
}

if (process.argv.length !== 3) {
  process.stderr.write("usage: node parse_feed.cjs FILE.xml\n");
  process.exit(2);
}
try {
  main(process.argv[2]);
} catch (error) {
  process.stderr.write(
    `fast-xml-parser could not read ${process.argv[2]}: ${error.stack || error}\n`
  );
  process.exit(1);
}
