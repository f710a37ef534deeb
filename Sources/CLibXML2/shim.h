// libxml2's HTML parser (tree builder for real-world, broken HTML). See DECISIONS.md for why
// libxml2 and not gumbo.
#include <libxml/HTMLparser.h>
#include <libxml/HTMLtree.h>
#include <libxml/tree.h>
