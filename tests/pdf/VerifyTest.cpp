// The evidence package and verification: an untouched package verifies; a changed, missing or
// extra original is named; a PDF without a manifest is refused.

#include "TestPdfs.h"
#include "core/Error.h"
#include "pdf/EvidencePackage.h"
#include "pdf/FinishDossier.h"
#include "pdf/Manifest.h"

#include <gtest/gtest.h>
#include <nlohmann/json.hpp>
#include <openssl/evp.h>
#include <zip.h>

#include <fstream>
#include <functional>

namespace reclama::pdf {
namespace {
namespace fs = std::filesystem;
using namespace test;

std::string Sha256(const std::string& bytes) {
    unsigned char digest[EVP_MAX_MD_SIZE];
    unsigned length = 0;
    EVP_Digest(bytes.data(), bytes.size(), digest, &length, EVP_sha256(), nullptr);
    static const char* hex = "0123456789abcdef";
    std::string s;
    for (unsigned i = 0; i < length; ++i) {
        s += hex[digest[i] >> 4];
        s += hex[digest[i] & 15];
    }
    return s;
}

struct Package {
    TempDir dir;
    fs::path pdf, zip;
    std::vector<EvidenceFile> files;

    Package() {
        DrawnSpec spec;
        std::vector<ManifestEntry> entries;
        for (int e = 1; e <= 3; ++e) {
            fs::path source = dir / ("original-" + std::to_string(e) + ".pdf");
            WriteSourcePdf(source, OnePage("ORIGINAL " + std::to_string(e)));
            spec.exhibits.push_back({source, 1});
            std::string bytes = ReadFile(source);
            EvidenceFile f{"Documento nº " + std::to_string(e),
                           "factura " + std::to_string(e) + ".pdf", source, Sha256(bytes),
                           static_cast<std::int64_t>(bytes.size())};
            files.push_back(f);
            entries.push_back({e, f.label, "Factura", f.originalName, f.size, f.sha256});
        }
        RenderPlan plan = WriteDrawnPdf(dir / "drawn.pdf", spec);
        FinishOptions options;
        options.out = pdf = dir / "dossier.pdf";
        options.manifestJson = BuildManifestJson("Caso", entries);
        options.fixedEpoch = 0;
        FinishDossier(plan, options);
        zip = dir / "evidence.zip";
        WriteEvidencePackage(zip, files, options.manifestJson, std::vector<fs::path>{pdf});
    }

    void Edit(const std::function<void(zip_t*)>& change) {
        int error = 0;
        zip_t* z = zip_open(zip.c_str(), 0, &error);
        ASSERT_NE(z, nullptr);
        change(z);
        ASSERT_EQ(zip_close(z), 0);
    }
};

bool Mentions(const VerifyReport& r, const std::string& text) {
    for (const auto& line : r.lines) {
        if (line.rfind("MISMATCH", 0) == 0 && line.find(text) != std::string::npos)
            return true;
    }
    return false;
}

TEST(Evidence, PackageHoldsManifestOriginalsAndDossier) {
    Package p;
    int error = 0;
    zip_t* z = zip_open(p.zip.c_str(), ZIP_RDONLY, &error);
    ASSERT_NE(z, nullptr);
    EXPECT_GE(zip_name_locate(z, "manifest.json", 0), 0);
    EXPECT_GE(zip_name_locate(z, "dossier.pdf", 0), 0);
    EXPECT_GE(zip_name_locate(z, "originals/Documento nº 2 - factura 2.pdf", 0), 0);
    zip_discard(z);
    VerifyReport report = VerifyDossier(p.pdf, p.zip);
    EXPECT_TRUE(report.ok);
    EXPECT_EQ(report.lines.size(), 2u + 3u);
    for (const auto& line : report.lines)
        EXPECT_EQ(line.rfind("ok: ", 0), 0u) << line;
    for (const auto& e : fs::directory_iterator(p.dir.path)) {
        EXPECT_EQ(e.path().filename().string().find(".partial"), std::string::npos);
    }
}

TEST(Evidence, ChangedMissingAndExtraFilesAreNamed) {
    Package p;
    static const std::string changed = "not the original";
    static const std::string extra = "smuggled in";
    p.Edit([&](zip_t* z) {
        zip_int64_t one = zip_name_locate(z, "originals/Documento nº 1 - factura 1.pdf", 0);
        zip_file_replace(z, static_cast<zip_uint64_t>(one),
                         zip_source_buffer(z, changed.data(), changed.size(), 0), 0);
        zip_delete(z, static_cast<zip_uint64_t>(
                          zip_name_locate(z, "originals/Documento nº 3 - factura 3.pdf", 0)));
        zip_file_add(z, "originals/otro.pdf", zip_source_buffer(z, extra.data(), extra.size(), 0),
                     ZIP_FL_ENC_UTF_8);
    });
    VerifyReport report = VerifyDossier(p.pdf, p.zip);
    EXPECT_FALSE(report.ok);
    EXPECT_TRUE(Mentions(report, "Documento nº 1 (factura 1.pdf) has changed")) << report.lines[2];
    EXPECT_TRUE(Mentions(report, "Documento nº 3 (factura 3.pdf) is missing"));
    EXPECT_TRUE(Mentions(report, "originals/otro.pdf"));
    EXPECT_FALSE(Mentions(report, "Documento nº 2"));
}

TEST(Evidence, APdfWithoutManifestIsAMismatch) {
    TempDir dir;
    WriteSourcePdf(dir / "plain.pdf", OnePage("hello"));
    VerifyReport report = VerifyDossier(dir / "plain.pdf", std::nullopt);
    EXPECT_FALSE(report.ok);
    EXPECT_TRUE(Mentions(report, "no Reclama manifest"));
    std::ofstream(dir / "junk.pdf") << "not a pdf";
    EXPECT_FALSE(VerifyDossier(dir / "junk.pdf", std::nullopt).ok);
}

TEST(Evidence, AMissingOriginalLeavesNoPackage) {
    Package p;
    fs::path zip = p.dir / "second.zip";
    auto files = p.files;
    files[1].source = p.dir / "gone.pdf";
    EXPECT_THROW(WriteEvidencePackage(zip, files, BuildManifestJson("Caso", {}), p.pdf),
                 NotFoundError);
    EXPECT_FALSE(fs::exists(zip));
    for (const auto& e : fs::directory_iterator(p.dir.path)) {
        EXPECT_EQ(e.path().filename().string().find(".partial"), std::string::npos);
    }
}

TEST(Manifest, BuildsAndParsesBack) {
    std::string json =
        BuildManifestJson("Caso", {{1, "Documento nº 1", "Factura", "f.pdf", 42, "ab", 3, 7}});
    auto entries = ParseManifest(json);
    ASSERT_EQ(entries.size(), 1u);
    EXPECT_EQ(entries[0].label, "Documento nº 1");
    EXPECT_EQ(entries[0].size, 42);
    EXPECT_EQ(entries[0].pages, 3);
    EXPECT_EQ(entries[0].firstPage, 7);
    EXPECT_EQ(nlohmann::json::parse(json)["files"][0]["last_page"], 9);
    EXPECT_THROW(ParseManifest("{\"format\":\"other\"}"), InputError);
    EXPECT_THROW(ParseManifest("not json"), InputError);
}

} // namespace
} // namespace reclama::pdf
