#ifndef NEWSDESK_CLIBXML2_SHIM_H
#define NEWSDESK_CLIBXML2_SHIM_H

// libxml2's HTML and XML parsers (Debian `libxml2-dev`). Headers, and accessors for what Swift cannot
// import (enum values used as flags, macros).
// libxml2 built with ICU names ICU's C types in encoding.h; Foundation brings its own copy of ICU's
// headers (_FoundationICU), and the two clash in builds that see both (the sanitizer and fuzzer
// builds). Nothing here uses libxml2's ICU converters, so its headers are read without them.
#include <libxml/xmlversion.h>
#undef LIBXML_ICU_ENABLED
#include <libxml/parser.h>
#include <libxml/HTMLparser.h>
#include <libxml/tree.h>
#include <libxml/xmlerror.h>

/// Options for a web page: recover from anything, say nothing, never touch the network, keep no blank
/// text nodes, and ignore the page's own charset hint (the text given is already UTF-8).
static inline int newsdesk_html_options(void) {
    return HTML_PARSE_RECOVER | HTML_PARSE_NOERROR | HTML_PARSE_NOWARNING | HTML_PARSE_NONET
        | HTML_PARSE_NOBLANKS | HTML_PARSE_IGNORE_ENC | HTML_PARSE_COMPACT;
}

/// Options for a feed: recover (keep what can be read), say nothing on stderr, never touch the network,
/// CDATA as text, no entity substitution and no DTD loading (nothing from outside the document).
static inline int newsdesk_xml_options(void) {
    return XML_PARSE_RECOVER | XML_PARSE_NOERROR | XML_PARSE_NOWARNING | XML_PARSE_NONET
        | XML_PARSE_NOCDATA | XML_PARSE_COMPACT;
}

/// `xmlFree` is a global function pointer, which Swift 6 refuses as shared mutable state.
static inline void newsdesk_xml_free(void *pointer) { xmlFree(pointer); }

static inline int newsdesk_element_node(void) { return XML_ELEMENT_NODE; }
static inline int newsdesk_text_node(void) { return XML_TEXT_NODE; }
static inline int newsdesk_cdata_node(void) { return XML_CDATA_SECTION_NODE; }

#endif
