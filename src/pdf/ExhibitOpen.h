#pragma once
// One exhibit PDF opened with qpdf for the finishing stage: its pages, and which of its content
// streams already serve as a form XObject.

#include "FinishInput.h"

#include <qpdf/QPDF.hh>
#include <qpdf/QPDFObjectHandle.hh>

#include <filesystem>
#include <memory>
#include <set>
#include <string>
#include <vector>

namespace reclama::pdf {

struct OpenExhibit {
    std::unique_ptr<QPDF> pdf;
    std::vector<QPDFObjectHandle> pages;
    std::set<QPDFObjGen> reusedContents; // content streams already turned into a form
    std::string problem;                  // why it could not be opened (then `pdf` is empty)
};

// Opens `file` read through `pool`; a file qpdf cannot read comes back with `problem` set.
OpenExhibit OpenExhibitFile(const std::filesystem::path& file, const std::shared_ptr<FilePool>& pool);

} // namespace reclama::pdf
