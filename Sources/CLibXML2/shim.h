// libxml2's HTML parser (tree builder for real-world, broken HTML). See DECISIONS.md for why
// libxml2 and not gumbo.
#include <libxml/xmlversion.h>
// Debian builds libxml2 with ICU; its <unicode/*.h> clash with Foundation's own ICU module
// ("'UErrorCode' has different definitions in different modules"). Dossier never touches the
// ICU converter fields those headers are for (it hands libxml2 UTF-8), so leave them out.
#undef LIBXML_ICU_ENABLED
#include <libxml/HTMLparser.h>
#include <libxml/HTMLtree.h>
#include <libxml/tree.h>
