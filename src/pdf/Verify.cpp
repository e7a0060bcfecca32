#include "Verify.h"

#include "EvidencePackage.h"
#include "Manifest.h"
#include "core/Error.h"
#include "evidence/Hash.h"

#include <nlohmann/json.hpp>
#include <qpdf/QPDF.hh>
#include <qpdf/QPDFPageDocumentHelper.hh>
#include <zip.h>

#include <memory>
#include <set>

namespace reclama::pdf {
namespace fs = std::filesystem;

namespace {

struct ZipClose {
    void operator()(zip_t* z) const { zip_discard(z); }
};

// SHA-256 of a ZIP entry, read in chunks; nullopt when it cannot be read.
std::optional<std::string> EntrySha256(zip_t* zip, zip_uint64_t index) {
    zip_file_t* f = zip_fopen_index(zip, index, 0);
    if (!f)
        return std::nullopt;
    evidence::Sha256 digest;
    std::vector<char> buffer(1 << 16);
    zip_int64_t n;
    while ((n = zip_fread(f, buffer.data(), buffer.size())) > 0)
        digest.Update(buffer.data(), static_cast<std::size_t>(n));
    zip_fclose(f);
    if (n < 0)
        return std::nullopt;
    return digest.HexDigest();
}

struct Checker {
    VerifyReport report;
    void Ok(const std::string& line) { report.lines.push_back("ok: " + line); }
    void Fail(const std::string& line) {
        report.ok = false;
        report.lines.push_back("MISMATCH: " + line);
    }
};

std::string Name(const ManifestEntry& e) {
    return e.label + " (" + e.file + ")";
}

// Page counts against the manifest, and nothing active or embedded.
void CheckPdf(Checker& c, const fs::path& pdf, const nlohmann::json& manifest,
              const std::vector<ManifestEntry>& entries) {
    QPDF q;
    q.setSuppressWarnings(true);
    q.processFile(pdf.c_str());
    int pages = static_cast<int>(QPDFPageDocumentHelper(q).getAllPages().size());
    nlohmann::json thisFile = manifest.value("this_file", nlohmann::json::object());
    int first = thisFile.value("first_page", 1);
    int last = thisFile.value("last_page", pages);
    if (thisFile.contains("pages") && thisFile["pages"].is_number_integer() &&
        thisFile["pages"].get<int>() != pages) {
        c.Fail("the manifest says this file holds " + std::to_string(thisFile["pages"].get<int>()) +
               " pages, but it has " + std::to_string(pages));
    }
    int exhibitPages = 0, inFile = 0;
    bool ranges = true;
    for (const auto& e : entries) {
        if (e.firstPage <= 0) {
            ranges = false;
            continue;
        }
        int eLast = e.firstPage + std::max(e.pages, 1) - 1;
        if (e.firstPage >= first && eLast <= last) {
            exhibitPages += e.pages;
            ++inFile;
        }
    }
    if (ranges) {
        if (exhibitPages > pages) {
            c.Fail("the exhibits in this file need " + std::to_string(exhibitPages) +
                   " pages, but it has " + std::to_string(pages));
        } else {
            c.Ok(std::to_string(pages) + " pages (printed " + std::to_string(first) + "-" +
                 std::to_string(last) + "), " + std::to_string(inFile) + " of " +
                 std::to_string(entries.size()) + " exhibits in this file, " +
                 std::to_string(exhibitPages) + " exhibit pages");
        }
    } else if (pages < 1 + static_cast<int>(entries.size()) && !thisFile.contains("kind")) {
        c.Fail("the PDF has " + std::to_string(pages) + " pages, too few for " +
               std::to_string(entries.size()) + " exhibits");
    } else {
        c.Ok(std::to_string(pages) + " pages, " + std::to_string(entries.size()) +
             " exhibits in the manifest");
    }

    QPDFObjectHandle root = q.getRoot();
    if (q.isEncrypted())
        c.Fail("the PDF is encrypted");
    if (root.hasKey("/OpenAction") || root.hasKey("/AA"))
        c.Fail("the PDF has document actions");
    QPDFObjectHandle names = root.getKey("/Names");
    if (names.isDictionary() && names.hasKey("/JavaScript"))
        c.Fail("the PDF carries scripts");
    if (names.isDictionary() && names.hasKey("/EmbeddedFiles"))
        c.Fail("the PDF carries embedded files");
}

void CheckEvidence(Checker& c, const fs::path& zipPath, const std::vector<ManifestEntry>& entries) {
    int error = 0;
    std::unique_ptr<zip_t, ZipClose> zip(zip_open(zipPath.c_str(), ZIP_RDONLY, &error));
    if (!zip) {
        c.Fail(zipPath.filename().string() + " cannot be opened as a ZIP file");
        return;
    }
    std::set<std::string> expected;
    for (const auto& e : entries) {
        std::string path = PackagePath(e.label, e.file);
        expected.insert(path);
        zip_int64_t index = zip_name_locate(zip.get(), path.c_str(), 0);
        if (index < 0) {
            c.Fail(Name(e) + " is missing from the evidence package (expected " + path + ")");
            continue;
        }
        auto sha = EntrySha256(zip.get(), static_cast<zip_uint64_t>(index));
        if (!sha)
            c.Fail(Name(e) + " cannot be read from the evidence package");
        else if (*sha != e.sha256)
            c.Fail(Name(e) + " has changed: its SHA-256 is " + *sha + ", the index says " +
                   e.sha256);
        else
            c.Ok(Name(e) + " " + *sha);
    }
    zip_int64_t count = zip_get_num_entries(zip.get(), 0);
    for (zip_int64_t i = 0; i < count; ++i) {
        const char* raw = zip_get_name(zip.get(), static_cast<zip_uint64_t>(i), 0);
        std::string name = raw ? raw : "";
        if (name.rfind("originals/", 0) == 0 && name.back() != '/' && !expected.count(name)) {
            c.Fail(name + " is in the evidence package but not in the dossier's index");
        }
    }
}

} // namespace

VerifyReport VerifyDossier(const fs::path& pdf, const std::optional<fs::path>& evidenceZip) {
    Checker c;
    try {
        auto text = ReadManifest(pdf);
        if (!text) {
            c.Fail(pdf.filename().string() + " carries no Reclama manifest");
            return c.report;
        }
        std::vector<ManifestEntry> entries;
        nlohmann::json manifest;
        try {
            entries = ParseManifest(*text);
            manifest = nlohmann::json::parse(*text);
            c.Ok("manifest of " + std::to_string(entries.size()) + " exhibits");
        } catch (const Error& e) {
            c.Fail("the manifest in " + pdf.filename().string() + " is not valid: " + e.what());
            return c.report;
        }
        CheckPdf(c, pdf, manifest, entries);
        if (evidenceZip)
            CheckEvidence(c, *evidenceZip, entries);
    } catch (const std::exception& e) {
        c.Fail(pdf.filename().string() + " cannot be read: " + e.what());
    }
    return c.report;
}

} // namespace reclama::pdf
