#include "EvidencePackage.h"

#include "Manifest.h"
#include "core/Error.h"

#include <nlohmann/json.hpp>
#include <openssl/evp.h>
#include <qpdf/QPDF.hh>
#include <qpdf/QPDFPageDocumentHelper.hh>
#include <zip.h>

#include <map>
#include <memory>
#include <random>
#include <set>

namespace reclama::pdf {
namespace fs = std::filesystem;

namespace {

struct ZipDiscard {
    void operator()(zip_t* z) const { zip_discard(z); }
};

std::string Hex(const unsigned char* d, unsigned n) {
    static const char* digits = "0123456789abcdef";
    std::string s;
    for (unsigned i = 0; i < n; ++i) {
        s += digits[d[i] >> 4];
        s += digits[d[i] & 15];
    }
    return s;
}

// SHA-256 of a ZIP entry, read in chunks.
std::optional<std::string> EntrySha256(zip_t* zip, zip_int64_t index) {
    zip_file_t* f = zip_fopen_index(zip, static_cast<zip_uint64_t>(index), 0);
    if (!f) return std::nullopt;
    std::unique_ptr<EVP_MD_CTX, decltype(&EVP_MD_CTX_free)> ctx(EVP_MD_CTX_new(), EVP_MD_CTX_free);
    EVP_DigestInit_ex(ctx.get(), EVP_sha256(), nullptr);
    char buffer[1 << 16];
    zip_int64_t n;
    while ((n = zip_fread(f, buffer, sizeof buffer)) > 0) EVP_DigestUpdate(ctx.get(), buffer, static_cast<std::size_t>(n));
    zip_fclose(f);
    if (n < 0) return std::nullopt;
    unsigned char digest[EVP_MAX_MD_SIZE];
    unsigned length = 0;
    EVP_DigestFinal_ex(ctx.get(), digest, &length);
    return Hex(digest, length);
}

} // namespace

std::string PackagePath(const std::string& label, const std::string& originalName) {
    std::string name = label + " - " + originalName;
    for (char& ch : name) {
        if (ch == '/' || ch == '\\') ch = '_';
    }
    return "originals/" + name;
}

void WriteEvidencePackage(const fs::path& zipPath, const std::vector<EvidenceFile>& files,
                          const std::string& manifestJson, const fs::path& dossierPdf) {
    fs::path dir = zipPath.has_parent_path() ? zipPath.parent_path() : fs::path(".");
    std::random_device random;
    fs::path temp = dir / ("." + zipPath.filename().string() + "." + std::to_string(random()) + ".partial");
    struct Cleanup {
        fs::path path;
        bool keep = false;
        ~Cleanup() {
            std::error_code ignored;
            if (!keep) fs::remove(path, ignored);
        }
    } cleanup{temp};
    int error = 0;
    std::unique_ptr<zip_t, ZipDiscard> zip(zip_open(temp.c_str(), ZIP_CREATE | ZIP_TRUNCATE, &error));
    if (!zip) throw StorageError("cannot write " + zipPath.string());
    nlohmann::json manifest = nlohmann::json::parse(manifestJson);
    for (auto& entry : manifest["files"]) {
        entry["path"] = PackagePath(entry["label"].get<std::string>(), entry["file"].get<std::string>());
    }
    std::string manifestText = manifest.dump(2);
    auto add = [&](zip_source_t* src, const std::string& name) {
        if (!src || zip_file_add(zip.get(), name.c_str(), src, ZIP_FL_ENC_UTF_8 | ZIP_FL_OVERWRITE) < 0) {
            if (src) zip_source_free(src);
            throw StorageError("cannot add " + name + " to " + zipPath.string() + ": " + zip_strerror(zip.get()));
        }
    };
    add(zip_source_buffer(zip.get(), manifestText.data(), manifestText.size(), 0), "manifest.json");
    for (const auto& f : files) {
        add(zip_source_file(zip.get(), f.source.c_str(), 0, -1), PackagePath(f.label, f.originalName));
    }
    add(zip_source_file(zip.get(), dossierPdf.c_str(), 0, -1), dossierPdf.filename().string());
    zip_t* raw = zip.release();
    if (zip_close(raw) < 0) {
        std::string why = zip_strerror(raw);
        zip_discard(raw);
        throw StorageError("cannot write " + zipPath.string() + ": " + why);
    }
    fs::rename(temp, zipPath);
    cleanup.keep = true;
}

VerifyReport VerifyDossier(const fs::path& pdf, const std::optional<fs::path>& evidenceZip) {
    VerifyReport report;
    auto fail = [&](const std::string& line) {
        report.ok = false;
        report.lines.push_back("MISMATCH: " + line);
    };
    auto manifestText = ReadManifest(pdf);
    if (!manifestText) {
        fail(pdf.filename().string() + " carries no Reclama manifest");
        return report;
    }
    nlohmann::json manifest;
    try {
        manifest = nlohmann::json::parse(*manifestText);
        if (manifest.value("format", "") != "reclama-manifest") throw std::runtime_error("format");
    } catch (const std::exception&) {
        fail("the manifest in " + pdf.filename().string() + " is not valid");
        return report;
    }
    {
        QPDF q;
        q.processFile(pdf.c_str());
        auto pages = QPDFPageDocumentHelper(q).getAllPages().size();
        std::size_t exhibits = manifest["files"].size();
        if (pages < 1 + exhibits) fail("the PDF has " + std::to_string(pages) + " pages, too few for " + std::to_string(exhibits) + " exhibits");
        else report.lines.push_back("ok: " + std::to_string(pages) + " pages, " + std::to_string(exhibits) + " exhibits in the manifest");
        QPDFObjectHandle root = q.getRoot();
        if (q.isEncrypted()) fail("the PDF is encrypted");
        if (root.hasKey("/OpenAction") || root.hasKey("/AA")) fail("the PDF has document actions");
        if (root.hasKey("/Names") && root.getKey("/Names").isDictionary() &&
            (root.getKey("/Names").hasKey("/JavaScript") || root.getKey("/Names").hasKey("/EmbeddedFiles"))) {
            fail("the PDF carries scripts or embedded files");
        }
    }
    if (!evidenceZip) return report;

    int error = 0;
    std::unique_ptr<zip_t, ZipDiscard> zip(zip_open(evidenceZip->c_str(), ZIP_RDONLY, &error));
    if (!zip) {
        fail(evidenceZip->string() + " is not a ZIP file");
        return report;
    }
    std::set<std::string> expected;
    for (const auto& entry : manifest["files"]) {
        std::string path = PackagePath(entry.value("label", ""), entry.value("file", ""));
        expected.insert(path);
        zip_int64_t index = zip_name_locate(zip.get(), path.c_str(), 0);
        if (index < 0) {
            fail(entry.value("label", "") + " (" + entry.value("file", "") + ") is missing from the evidence package");
            continue;
        }
        auto sha = EntrySha256(zip.get(), index);
        if (!sha || *sha != entry.value("sha256", "")) {
            fail(entry.value("label", "") + " (" + entry.value("file", "") + ") has changed: its SHA-256 differs from the dossier's index");
        } else {
            report.lines.push_back("ok: " + entry.value("label", "") + " (" + entry.value("file", "") + ") " + *sha);
        }
    }
    zip_int64_t count = zip_get_num_entries(zip.get(), 0);
    for (zip_int64_t i = 0; i < count; ++i) {
        std::string name = zip_get_name(zip.get(), static_cast<zip_uint64_t>(i), 0);
        if (name.rfind("originals/", 0) == 0 && !expected.count(name)) {
            fail(name + " is in the evidence package but not in the dossier's index");
        }
    }
    return report;
}

} // namespace reclama::pdf
