// Exhibits opened ahead on a second thread: each handed over once, unreadable ones say why, and a
// dossier finished with them is byte for byte the one finished without.
#include "TestPdfs.h"
#include "pdf/ExhibitOpen.h"
#include "pdf/ExhibitPrefetch.h"
#include "pdf/FinishDossier.h"

#include <gtest/gtest.h>

#include <fstream>

namespace reclama::pdf {
namespace {
namespace fs = std::filesystem;
using namespace test;

struct Folder {
    fs::path path = fs::temp_directory_path() / ("reclama-prefetch-" + std::to_string(::getpid()) + "-" +
                                                 testing::UnitTest::GetInstance()->current_test_info()->name());
    Folder() { fs::create_directories(path); }
    ~Folder() { fs::remove_all(path); }
};

TEST(Prefetch, EachExhibitIsHandedOverOnceAndBrokenOnesSayWhy) {
    Folder dir;
    fs::path good = dir.path / "good.pdf", broken = dir.path / "broken.pdf";
    WriteSourcePdf(good, SourceSpec{{"ONE", "TWO"}, 0, ""});
    std::ofstream(broken) << "%PDF-1.7 this is not a PDF";
    ExhibitPrefetch prefetch({good, broken, good});
    auto opened = prefetch.Take(good);
    ASSERT_TRUE(opened);
    ASSERT_TRUE(opened->pdf);
    EXPECT_EQ(opened->pages.size(), 2u);
    EXPECT_FALSE(prefetch.Take(good)) << "handed over twice";
    auto bad = prefetch.Take(broken);
    ASSERT_TRUE(bad);
    EXPECT_FALSE(bad->pdf);
    EXPECT_FALSE(bad->problem.empty());
    EXPECT_FALSE(prefetch.Take(dir.path / "never-asked.pdf"));
}

TEST(Prefetch, CancelledBeforeItStartsOpensNothing) {
    Folder dir;
    fs::path good = dir.path / "good.pdf";
    WriteSourcePdf(good, OnePage("ONE"));
    std::atomic<bool> cancel{true};
    ExhibitPrefetch prefetch({good}, &cancel);
    EXPECT_FALSE(prefetch.Take(good));
}

TEST(Prefetch, TheDossierIsTheSameWithOrWithoutIt) {
    Folder dir;
    DrawnSpec spec;
    std::vector<fs::path> files;
    for (int e = 1; e <= 3; ++e) {
        fs::path file = dir.path / ("source-" + std::to_string(e) + ".pdf");
        WriteSourcePdf(file, SourceSpec{{"EXHIBIT" + std::to_string(e) + " A", "EXHIBIT" + std::to_string(e) + " B"}, 0, ""});
        spec.exhibits.push_back({file, 2});
        files.push_back(file);
    }
    RenderPlan plan = WriteDrawnPdf(dir.path / "drawn.pdf", spec);
    FinishOptions options;
    options.fixedEpoch = 1767225600;
    options.out = dir.path / "plain.pdf";
    FinishDossier(plan, options);
    ExhibitPrefetch prefetch(files);
    options.out = dir.path / "prefetched.pdf";
    options.prefetch = &prefetch;
    FinishDossier(plan, options);
    EXPECT_EQ(ReadFile(dir.path / "plain.pdf"), ReadFile(dir.path / "prefetched.pdf"));
    EXPECT_NE(PageText(dir.path / "prefetched.pdf", plan.placements.back().drawnPageIndex + 1).find("EXHIBIT3 B"),
              std::string::npos);
}

} // namespace
} // namespace reclama::pdf
