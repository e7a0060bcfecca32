#include "FinishParts.h"

#include "FinishNavigation.h"
#include "core/Error.h"

#include <unicode/normalizer2.h>
#include <unicode/uchar.h>
#include <unicode/unistr.h>

#include <map>

namespace reclama::pdf {
namespace fs = std::filesystem;

std::int64_t WritePart(const PartSource& source, const std::vector<PartFile>& parts,
                       std::size_t index, const fs::path& target) {
    const PartFile& part = parts.at(index);
    std::map<int, PageElsewhere> elsewhere;
    fs::path here = part.path.has_parent_path() ? part.path.parent_path() : fs::path(".");
    for (std::size_t j = 0; j < parts.size(); ++j) {
        if (j == index)
            continue;
        std::error_code ec;
        fs::path relative = fs::relative(parts[j].path, here, ec);
        if (ec || relative.empty())
            relative = fs::absolute(parts[j].path);
        for (std::size_t k = 0; k < parts[j].pages.size(); ++k) {
            elsewhere[parts[j].pages[k]] = {relative.generic_string(), static_cast<int>(k)};
        }
    }
    QPDF q;
    q.setSuppressWarnings(true);
    q.processFile(source.whole.c_str());
    KeepPages(q, part.pages, [&](int page) -> std::optional<PageElsewhere> {
        auto found = elsewhere.find(page);
        if (found == elsewhere.end())
            return std::nullopt;
        return found->second;
    });
    std::vector<int> printed;
    for (int page : part.pages)
        printed.push_back(page + 1);
    SetPageLabels(q, printed);
    DocumentInfo info = source.info;
    if (!part.titleSuffix.empty()) {
        info.title = info.title.empty() ? part.titleSuffix : info.title + " — " + part.titleSuffix;
    }
    info.manifestJson = part.manifestJson;
    SetDocumentInfo(q, info);
    WritePdf(q, target, info.fixedEpoch.has_value(), source.cancel);
    return static_cast<std::int64_t>(fs::file_size(target));
}

std::string Slug(const std::string& utf8, const std::string& fallback) {
    UErrorCode status = U_ZERO_ERROR;
    const icu::Normalizer2* nfkd = icu::Normalizer2::getNFKDInstance(status);
    icu::UnicodeString text = icu::UnicodeString::fromUTF8(utf8);
    if (U_SUCCESS(status))
        text = nfkd->normalize(text, status);
    std::string slug;
    bool gap = false;
    for (int32_t i = 0; i < text.length(); i = text.moveIndex32(i, 1)) {
        UChar32 c = text.char32At(i);
        if (u_charType(c) == U_NON_SPACING_MARK)
            continue; // the accent of a decomposed letter
        if (c < 128 && std::isalnum(static_cast<unsigned char>(c))) {
            if (gap && !slug.empty())
                slug += '-';
            slug += static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
            gap = false;
        } else {
            gap = true;
        }
    }
    return slug.empty() ? fallback : slug;
}

} // namespace reclama::pdf
