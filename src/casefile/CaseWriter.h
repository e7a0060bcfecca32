#pragma once
// Lays out a core::Case as the case file: the JSON text and the attachment files it names.

#include "casefile/CaseFile.h"
#include "casefile/Zip.h"

#include <string>
#include <vector>

namespace reclama::casefile {

struct CaseExport {
    std::string json;             // the text of case.json
    std::vector<ZipEntry> files;  // "files/<unique name>" and the object file to copy there
};

// Ids become c1, p1, … by position; two attachments with the same name get -2, -3 suffixes.
CaseExport BuildCaseExport(const core::Case& c, const ObjectPathOf& objectPathOf);

} // namespace reclama::casefile
