// Volumes under a size cap and split mode: every file valid, no exhibit cut, numbering that
// continues, bookmarks and links that stay inside their file or open the file holding the target.

#include "TestPdfs.h"
#include "pdf/FinishDossier.h"
#include "pdf/FinishParts.h"
#include "pdf/FinishVolumes.h"
#include "pdf/Manifest.h"
#include "pdf/Verify.h"

#include <gtest/gtest.h>
#include <nlohmann/json.hpp>
#include <qpdf/QPDF.hh>
#include <qpdf/QPDFOutlineDocumentHelper.hh>
#include <qpdf/QPDFPageDocumentHelper.hh>

#include <set>
#include <tuple>

namespace reclama::pdf {
namespace {
namespace fs = std::filesystem;
using namespace test;

struct Dossier {
    TempDir dir;
    RenderPlan plan;
    FinishOptions options;

    // Exhibit e has `pages[e]` pages and `noise[e]` bytes of incompressible image.
    Dossier(const std::vector<int>& pages, const std::vector<std::size_t>& noise) {
        DrawnSpec spec;
        nlohmann::json files = nlohmann::json::array();
        for (std::size_t e = 0; e < pages.size(); ++e) {
            SourceSpec source;
            for (int p = 1; p <= pages[e]; ++p) {
                source.pageTexts.push_back("EXHIBIT" + std::to_string(e + 1) + " PAGE" +
                                           std::to_string(p));
            }
            source.noiseBytes = noise[e];
            fs::path file = dir / ("source-" + std::to_string(e + 1) + ".pdf");
            WriteSourcePdf(file, source);
            spec.exhibits.push_back({file, pages[e]});
            files.push_back({{"number", e + 1},
                             {"label", "Documento nº " + std::to_string(e + 1)},
                             {"file", "f" + std::to_string(e + 1) + ".pdf"},
                             {"size", 1},
                             {"sha256", "00"}});
        }
        plan = WriteDrawnPdf(dir / "drawn.pdf", spec);
        options.out = dir / "dossier.pdf";
        options.title = "Caso";
        options.fixedEpoch = 0;
        options.manifestJson =
            nlohmann::json{{"format", "reclama-manifest"}, {"version", 1}, {"files", files}}.dump();
    }
};

// Printed page numbers of every page, from /PageLabels.
std::vector<int> PrintedNumbers(const fs::path& pdf) {
    QPDF q;
    q.processFile(pdf.c_str());
    int count = static_cast<int>(QPDFPageDocumentHelper(q).getAllPages().size());
    QPDFObjectHandle nums = q.getRoot().getKey("/PageLabels").getKey("/Nums");
    std::vector<int> printed(static_cast<std::size_t>(count), 0);
    for (int i = 0; i + 1 < nums.getArrayNItems(); i += 2) {
        int from = static_cast<int>(nums.getArrayItem(i).getIntValue());
        int start = static_cast<int>(nums.getArrayItem(i + 1).getKey("/St").getIntValue());
        for (int p = from; p < count; ++p)
            printed[static_cast<std::size_t>(p)] = start + (p - from);
    }
    return printed;
}

// Every bookmark target of the file is one of its own pages.
void ExpectBookmarksInside(const fs::path& pdf) {
    QPDF q;
    q.processFile(pdf.c_str());
    std::set<QPDFObjGen> pages;
    for (auto& p : QPDFPageDocumentHelper(q).getAllPages())
        pages.insert(p.getObjectHandle().getObjGen());
    QPDFOutlineDocumentHelper outlines(q);
    std::vector<QPDFOutlineObjectHelper> todo = outlines.getTopLevelOutlines();
    while (!todo.empty()) {
        auto item = todo.back();
        todo.pop_back();
        EXPECT_TRUE(pages.count(item.getDestPage().getObjGen()))
            << pdf.filename() << ": " << item.getTitle();
        for (auto& kid : item.getKids())
            todo.push_back(kid);
    }
}

TEST(Volumes, UnderTheCapWithNumberingThatContinues) {
    Dossier d({2, 3, 2, 2, 3, 2}, {40000, 40000, 40000, 40000, 40000, 40000});
    d.options.sizeCapBytes = 100000;
    d.options.volumeFileWord = "tomo";
    FinishResult result = FinishDossier(d.plan, d.options);
    EXPECT_TRUE(result.warnings.empty()) << result.warnings.front();
    ASSERT_GE(result.files.size(), 3u);
    EXPECT_FALSE(fs::exists(d.options.out)) << "volumes replace the single file";

    int next = 1;
    std::map<int, int> exhibitVolume;
    for (std::size_t v = 0; v < result.files.size(); ++v) {
        const fs::path& file = result.files[v];
        EXPECT_EQ(file.filename().string(), "dossier-tomo-" + std::to_string(v + 1) + ".pdf");
        EXPECT_LE(static_cast<std::int64_t>(fs::file_size(file)), d.options.sizeCapBytes) << file;
        EXPECT_EQ(QpdfCheck(file), 0) << file;
        std::vector<int> printed = PrintedNumbers(file);
        for (int n : printed)
            EXPECT_EQ(n, next++) << file;
        // Each page shows its own printed number, and every exhibit page of a volume comes with
        // its exhibit's separator.
        for (std::size_t i = 0; i < printed.size(); ++i) {
            std::string text = PageText(file, static_cast<int>(i) + 1);
            EXPECT_NE(text.find("Page " + std::to_string(printed[i]) + " of"), std::string::npos)
                << file;
            for (int e = 1; e <= 6; ++e) {
                if (text.find("EXHIBIT" + std::to_string(e) + " ") != std::string::npos ||
                    text.find("SEPARATOR " + std::to_string(e)) != std::string::npos) {
                    auto [it, inserted] = exhibitVolume.emplace(e, static_cast<int>(v));
                    EXPECT_EQ(it->second, static_cast<int>(v))
                        << "exhibit " << e << " is cut across volumes";
                }
            }
        }
        ExpectBookmarksInside(file);
        auto manifest = nlohmann::json::parse(*ReadManifest(file));
        EXPECT_EQ(manifest["this_file"]["volume"], v + 1);
        EXPECT_EQ(manifest["this_file"]["volumes"], result.files.size());
        EXPECT_EQ(manifest["files"].size(), 6u);
        VerifyReport report = VerifyDossier(file, std::nullopt);
        EXPECT_TRUE(report.ok) << file << ": " << report.lines.back();
        QPDF q;
        q.processFile(file.c_str());
        EXPECT_NE(
            q.getTrailer().getKey("/Info").getKey("/Title").getUTF8Value().find(
                "Tomo " + std::to_string(v + 1) + " de " + std::to_string(result.files.size())),
            std::string::npos);
    }
    EXPECT_EQ(next - 1, d.plan.totalPages);
    EXPECT_EQ(exhibitVolume.size(), 6u);

    // The index links on page 1 now open the volume that holds each separator.
    QPDF first;
    first.processFile(result.files[0].c_str());
    auto links = QPDFPageDocumentHelper(first).getAllPages()[0].getAnnotations("/Link");
    ASSERT_EQ(links.size(), 6u);
    QPDFObjectHandle last = links[5].getObjectHandle();
    ASSERT_TRUE(last.getKey("/A").isDictionary()) << last.unparse();
    EXPECT_EQ(last.getKey("/A").getKey("/S").getName(), "/GoToR");
    EXPECT_EQ(last.getKey("/A").getKey("/F").getUTF8Value(),
              "dossier-tomo-" + std::to_string(exhibitVolume[6] + 1) + ".pdf");
}

TEST(Volumes, AnExhibitOverTheCapGoesAloneWithAWarning) {
    Dossier d({1, 2, 1}, {1000, 150000, 1000});
    d.options.sizeCapBytes = 80000;
    d.options.volumeFileWord = "Volume";
    FinishResult result = FinishDossier(d.plan, d.options);
    ASSERT_EQ(result.warnings.size(), 1u);
    EXPECT_NE(result.warnings[0].find("Documento nº 2"), std::string::npos) << result.warnings[0];
    int alone = -1;
    for (std::size_t v = 0; v < result.files.size(); ++v) {
        EXPECT_EQ(result.files[v].filename().string(),
                  "dossier-volume-" + std::to_string(v + 1) + ".pdf");
        EXPECT_EQ(QpdfCheck(result.files[v]), 0);
        if (fs::file_size(result.files[v]) > 80000) {
            alone = static_cast<int>(v);
            EXPECT_EQ(PageCount(result.files[v]), 3) << "separator and two pages, nothing else";
        }
    }
    EXPECT_GE(alone, 0);
}

TEST(Volumes, UnderTheCapStaysOneFile) {
    Dossier d({1, 1}, {0, 0});
    d.options.sizeCapBytes = 10'000'000;
    FinishResult result = FinishDossier(d.plan, d.options);
    EXPECT_EQ(result.files, std::vector<fs::path>{d.options.out});
}

TEST(Split, MainDocumentAndOneFilePerExhibit) {
    Dossier d({2, 1, 3}, {0, 0, 0});
    d.options.splitDir = d.dir / "exhibits";
    FinishResult result = FinishDossier(d.plan, d.options);
    std::vector<fs::path> expected{d.options.out, d.dir / "exhibits" / "01-documento-no-1.pdf",
                                   d.dir / "exhibits" / "02-documento-no-2.pdf",
                                   d.dir / "exhibits" / "03-documento-no-3.pdf"};
    ASSERT_EQ(result.files, expected);
    for (const auto& f : expected)
        EXPECT_EQ(QpdfCheck(f), 0) << f;
    EXPECT_EQ(PageCount(d.options.out), d.plan.bodyPages);
    EXPECT_NE(PageText(d.options.out, 1).find("BODY PAGE 1"), std::string::npos);
    EXPECT_EQ(PageCount(expected[3]), 4);
    EXPECT_NE(PageText(expected[3], 1).find("SEPARATOR 3"), std::string::npos);
    EXPECT_NE(PageText(expected[3], 4).find("EXHIBIT3 PAGE3"), std::string::npos);
    EXPECT_EQ(PrintedNumbers(expected[3]).front(), d.plan.exhibits[2].firstPage + 1);
    for (const auto& f : expected)
        ExpectBookmarksInside(f);
    auto manifest = nlohmann::json::parse(*ReadManifest(expected[2]));
    EXPECT_EQ(manifest["this_file"]["kind"], "exhibit");
    EXPECT_EQ(manifest["this_file"]["exhibit"], 2);
    EXPECT_TRUE(VerifyDossier(expected[2], std::nullopt).ok);
    EXPECT_TRUE(VerifyDossier(d.options.out, std::nullopt).ok);

    QPDF main;
    main.processFile(d.options.out.c_str());
    auto links = QPDFPageDocumentHelper(main).getAllPages()[0].getAnnotations("/Link");
    ASSERT_EQ(links.size(), 3u);
    EXPECT_EQ(links[1].getObjectHandle().getKey("/A").getKey("/F").getUTF8Value(),
              "exhibits/02-documento-no-2.pdf");
}

TEST(Volumes, UnitsKeepEachExhibitWhole) {
    RenderPlan plan;
    plan.exhibits = {{1, 3, 5}, {2, 6, 6}, {3, 9, 10}};
    auto units = PageUnits(plan, 12);
    std::vector<std::tuple<int, int, int>> got;
    for (const auto& u : units)
        got.emplace_back(u.first, u.last, u.exhibit);
    std::vector<std::tuple<int, int, int>> expected{{0, 0, 0}, {1, 1, 0},  {2, 2, 0},
                                                    {3, 5, 1}, {6, 6, 2},  {7, 7, 0},
                                                    {8, 8, 0}, {9, 10, 3}, {11, 11, 0}};
    EXPECT_EQ(got, expected);
}

TEST(Volumes, PackingCountsSharedObjectsOncePerVolume) {
    QPDFObjGen font(1, 0);
    auto unit = [&](int own, std::int64_t bytes) {
        return std::vector<ObjectSize>{{font, 500}, {QPDFObjGen(own, 0), bytes}};
    };
    // Four units of 500 own bytes sharing a 500-byte font: 500 + 4 x 500 fits 2,600 with
    // the font counted once; counting it per unit would allow only two.
    std::vector<std::vector<ObjectSize>> units{unit(2, 500), unit(3, 500), unit(4, 500),
                                               unit(5, 500), unit(6, 5000)};
    auto volumes = PackVolumes(units, 0, 2600);
    ASSERT_EQ(volumes.size(), 2u);
    EXPECT_EQ(volumes[0].end - volumes[0].begin, 4u);
    EXPECT_EQ(volumes[1].begin, 4u) << "a unit over the budget gets a volume of its own";
    EXPECT_EQ(volumes[1].end, 5u);
}

TEST(Split, SlugsOfLabels) {
    EXPECT_EQ(Slug("Documento nº 3", "x"), "documento-no-3");
    EXPECT_EQ(Slug("Exhibit C", "x"), "exhibit-c");
    EXPECT_EQ(Slug("JS12", "x"), "js12");
    EXPECT_EQ(Slug("Año — Ñandú", "x"), "ano-nandu");
    EXPECT_EQ(Slug("€ ≠", "fallback"), "fallback");
}

} // namespace
} // namespace reclama::pdf
