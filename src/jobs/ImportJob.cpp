#include "ImportJob.h"

#include "Intake.h"
#include "casefile/CaseFile.h"
#include "core/Error.h"
#include "evidence/MediaType.h"
#include "store/Library.h"

namespace reclama::jobs {

ImportResult ImportCaseFile(store::Library& library, const std::filesystem::path& file,
                            Progress& progress) {
    progress.Report(0.0, "reading " + file.filename().string());
    casefile::CaseFileContents contents = casefile::ReadCaseFile(file);
    core::Case& c = contents.c;
    for (auto& doc : c.documents) {
        doc.mediaType = evidence::DetectMediaType(contents.documentFiles.at(doc.id));
    }
    if (progress.Cancelled()) throw CancelledError();
    progress.Report(0.2, "storing the case");
    ImportResult result;
    result.warnings = contents.warnings;
    result.caseId = library.ImportCase(c, contents.documentFiles);

    // Intake after the import: a file that cannot be read is evidence all the same, so it never
    // undoes the import; it is flagged and named.
    core::Case stored = library.LoadCase(result.caseId);
    std::size_t done = 0;
    for (const auto& doc : stored.documents) {
        progress.Report(0.2 + 0.8 * static_cast<double>(done++) / static_cast<double>(stored.documents.size()),
                        "examining " + doc.originalName);
        auto state = EnsureIntake(library, doc);
        if (!state.problem.empty()) {
            result.warnings.push_back("document d" + std::to_string(doc.id) + " (" + doc.originalName +
                                      "): " + state.problem);
        }
        IndexDocumentText(library, doc);
    }
    progress.Report(1.0, "imported");
    return result;
}

} // namespace reclama::jobs
