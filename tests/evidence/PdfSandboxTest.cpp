// The PDF sandbox against the hostile corpus: every file gets a clear verdict, the parent never
// crashes or hangs, and what comes out is clean.
#include "evidence/PdfSandbox.h"

#include "HostilePdfCorpus.h"
#include "core/Error.h"
#include "evidence/Hash.h"
#include "evidence/PdfHelperLocation.h"

#include <qpdf/QPDF.hh>

#include <gtest/gtest.h>

#include <unistd.h>

#include <chrono>
#include <cstdlib>
#include <filesystem>
#include <fstream>

namespace reclama::evidence {
namespace {

namespace fs = std::filesystem;
using Status = NormaliseResult::Status;

std::string ReadBytes(const fs::path& path) {
    std::ifstream in(path, std::ios::binary);
    return std::string(std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>());
}

bool QpdfCheckPasses(const fs::path& pdf) {
    const std::string command = "qpdf --check '" + pdf.string() + "' > /dev/null 2>&1";
    return std::system(command.c_str()) == 0;
}

class PdfSandbox : public testing::Test {
protected:
    static void SetUpTestSuite() {
        s_dir =
            fs::temp_directory_path() / ("reclama-pdf-sandbox-test-" + std::to_string(getpid()));
        s_corpus = test::WriteHostilePdfCorpus(s_dir / "in");
        fs::create_directories(s_dir / "out");
    }
    static void TearDownTestSuite() { fs::remove_all(s_dir); }

    static fs::path Out(const std::string& name) { return s_dir / "out" / name; }

    // A failed verdict names the file, leaves no output and no temporary file behind.
    static NormaliseResult ExpectRefused(const fs::path& input, Status expected,
                                         const SandboxLimits& limits = {}) {
        const fs::path output = Out(input.stem().string() + "-refused.pdf");
        const auto before = std::chrono::steady_clock::now();
        const NormaliseResult result = NormalisePdf(input, output, limits);
        const double seconds =
            std::chrono::duration<double>(std::chrono::steady_clock::now() - before).count();
        EXPECT_EQ(ToString(result.status), ToString(expected)) << input << ": " << result.detail;
        EXPECT_NE(result.problem.find(input.filename().string()), std::string::npos)
            << result.problem;
        EXPECT_FALSE(fs::exists(output));
        EXPECT_LT(seconds, limits.wallSeconds + 5);
        for (const auto& entry : fs::directory_iterator(s_dir / "out")) {
            EXPECT_EQ(entry.path().filename().string().find(".part-"), std::string::npos)
                << "temporary file left: " << entry.path();
        }
        return result;
    }

    static inline fs::path s_dir;
    static inline test::HostilePdfCorpus s_corpus;
};

TEST_F(PdfSandbox, HelperIsFoundBesideTheTests) {
    const fs::path helper = FindPdfHelper();
    EXPECT_EQ(helper.filename(), kPdfHelperName);
}

TEST_F(PdfSandbox, ValidFileIsNormalised) {
    const fs::path output = Out("valid.pdf");
    const NormaliseResult result = NormalisePdf(s_corpus.valid, output);
    ASSERT_TRUE(result.Ok()) << result.problem << " / " << result.detail;
    EXPECT_EQ(result.pageCount, 3);
    EXPECT_TRUE(result.problem.empty());
    EXPECT_FALSE(result.wasEncrypted);
    EXPECT_FALSE(result.removedActiveContent);
    EXPECT_FALSE(result.repaired);
    EXPECT_TRUE(QpdfCheckPasses(output));
    QPDF copy;
    copy.processFile(output.c_str());
    EXPECT_EQ(copy.getAllPages().size(), 3u);
    EXPECT_NE(test::DecodedPdfBytes(output).find("(Page 3) Tj"), std::string::npos);
}

TEST_F(PdfSandbox, SameInputGivesTheSameBytes) {
    const fs::path first = Out("same-1.pdf");
    const fs::path second = Out("same-2.pdf");
    ASSERT_TRUE(NormalisePdf(s_corpus.javascript, first).Ok());
    ASSERT_TRUE(NormalisePdf(s_corpus.javascript, second).Ok());
    EXPECT_EQ(Sha256File(first), Sha256File(second));
}

TEST_F(PdfSandbox, JavaScriptAndActionsAreStripped) {
    const std::string before = test::DecodedPdfBytes(s_corpus.javascript);
    ASSERT_NE(before.find("JavaScript"), std::string::npos); // the fixture really has them
    ASSERT_NE(before.find("/Launch"), std::string::npos);

    const fs::path output = Out("javascript.pdf");
    const NormaliseResult result = NormalisePdf(s_corpus.javascript, output);
    ASSERT_TRUE(result.Ok()) << result.problem << " / " << result.detail;
    EXPECT_TRUE(result.removedActiveContent);
    EXPECT_EQ(result.pageCount, 3);
    EXPECT_TRUE(QpdfCheckPasses(output));
    const std::string after = test::DecodedPdfBytes(output);
    for (const char* banned :
         {"JavaScript", "/JS", "/OpenAction", "/AA", "/Launch", "calc.exe", "/EmbeddedFiles",
          "/XFA", "/FileAttachment", "MZ pretend", "tool.exe", "x.exe"}) {
        EXPECT_EQ(after.find(banned), std::string::npos) << banned;
    }
    EXPECT_EQ(ReadBytes(output).find("JavaScript"), std::string::npos);
    // A plain web link is not active content: it stays.
    EXPECT_NE(after.find("https://example.org/terms"), std::string::npos);
}

TEST_F(PdfSandbox, AuthorNamesAndXmpAreRemoved) {
    ASSERT_NE(ReadBytes(s_corpus.canary).find(test::kCanary), std::string::npos);
    const fs::path output = Out("canary.pdf");
    const NormaliseResult result = NormalisePdf(s_corpus.canary, output);
    ASSERT_TRUE(result.Ok()) << result.problem << " / " << result.detail;
    EXPECT_TRUE(result.removedMetadata);
    EXPECT_FALSE(result.removedActiveContent);
    EXPECT_TRUE(QpdfCheckPasses(output));
    EXPECT_EQ(ReadBytes(output).find(test::kCanary), std::string::npos);
    const std::string decoded = test::DecodedPdfBytes(output);
    EXPECT_EQ(decoded.find(test::kCanary), std::string::npos);
    EXPECT_EQ(decoded.find("secret.docx"), std::string::npos);
    EXPECT_EQ(decoded.find("/Metadata"), std::string::npos);
}

TEST_F(PdfSandbox, EmptyUserPasswordIsDecrypted) {
    const fs::path output = Out("owner-only.pdf");
    const NormaliseResult result = NormalisePdf(s_corpus.ownerOnly, output);
    ASSERT_TRUE(result.Ok()) << result.problem << " / " << result.detail;
    EXPECT_TRUE(result.wasEncrypted);
    EXPECT_EQ(result.pageCount, 3);
    EXPECT_TRUE(QpdfCheckPasses(output));
    QPDF copy;
    copy.processFile(output.c_str());
    EXPECT_FALSE(copy.isEncrypted());
}

TEST_F(PdfSandbox, RealPasswordIsNeeded) {
    ExpectRefused(s_corpus.userPassword, Status::NeedsPassword);
    const NormaliseResult result = NormalisePdf(s_corpus.userPassword, Out("pw.pdf"));
    EXPECT_NE(result.problem.find("password"), std::string::npos);
}

TEST_F(PdfSandbox, RecoverableDamageIsRepaired) {
    const fs::path output = Out("broken-xref.pdf");
    const NormaliseResult result = NormalisePdf(s_corpus.brokenXref, output);
    ASSERT_TRUE(result.Ok()) << result.problem << " / " << result.detail;
    EXPECT_TRUE(result.repaired);
    EXPECT_EQ(result.pageCount, 3);
    EXPECT_TRUE(QpdfCheckPasses(output));
}

TEST_F(PdfSandbox, TruncatedFileIsUnreadable) {
    ExpectRefused(s_corpus.truncated, Status::Unreadable);
}

TEST_F(PdfSandbox, DeepNestingIsUnreadable) {
    // qpdf drops the over-deep page object; a document missing a page is not shown as whole.
    const NormaliseResult result = ExpectRefused(s_corpus.deepNesting, Status::Unreadable);
    EXPECT_NE(result.detail.find("page 1"), std::string::npos) << result.detail;
}

TEST_F(PdfSandbox, EmptyFileIsUnreadable) {
    ExpectRefused(s_corpus.empty, Status::Unreadable);
    EXPECT_NE(NormalisePdf(s_corpus.empty, Out("e.pdf")).problem.find("empty"), std::string::npos);
}

TEST_F(PdfSandbox, GarbageAndRenamedFilesAreUnreadable) {
    ExpectRefused(s_corpus.garbage, Status::Unreadable);
    ExpectRefused(s_corpus.notPdf, Status::Unreadable);
}

TEST_F(PdfSandbox, FlateBombIsTooLarge) {
    const NormaliseResult result = ExpectRefused(s_corpus.flateBomb, Status::TooLarge);
    EXPECT_NE(result.problem.find("512 MiB"), std::string::npos) << result.problem;
}

TEST_F(PdfSandbox, FlateBombHitsTheWallClock) {
    SandboxLimits limits;
    limits.maxStreamBytes = 1ull << 40; // let it inflate: only the clock stops it
    limits.wallSeconds = 1;
    const NormaliseResult result = ExpectRefused(s_corpus.flateBomb, Status::TimedOut, limits);
    EXPECT_NE(result.problem.find("longer than 1 second"), std::string::npos) << result.problem;
}

TEST_F(PdfSandbox, FlateBombHitsTheCpuLimit) {
    SandboxLimits limits;
    limits.maxStreamBytes = 1ull << 40;
    limits.cpuSeconds = 1;
    limits.wallSeconds = 60;
    const NormaliseResult result = ExpectRefused(s_corpus.flateBomb, Status::TimedOut, limits);
    EXPECT_NE(result.problem.find("processor time"), std::string::npos) << result.problem;
}

TEST_F(PdfSandbox, OversizedInputIsRefusedBeforeParsing) {
    SandboxLimits limits;
    limits.maxInputBytes = 100;
    ExpectRefused(s_corpus.valid, Status::TooLarge, limits);
}

TEST_F(PdfSandbox, OutputSizeLimitIsEnforced) {
    SandboxLimits limits;
    limits.maxOutputBytes = 200; // smaller than any 3-page PDF
    const NormaliseResult result = ExpectRefused(s_corpus.valid, Status::TooLarge, limits);
    EXPECT_NE(result.problem.find("checked copy"), std::string::npos) << result.problem;
}

TEST_F(PdfSandbox, FailureLeavesAnExistingOutputAlone) {
    const fs::path output = Out("kept.pdf");
    {
        std::ofstream out(output, std::ios::binary);
        out << "previous copy";
    }
    EXPECT_EQ(NormalisePdf(s_corpus.garbage, output).status, Status::Unreadable);
    EXPECT_EQ(ReadBytes(output), "previous copy");
    EXPECT_TRUE(NormalisePdf(s_corpus.valid, output).Ok());
    EXPECT_EQ(ReadBytes(output).rfind("%PDF-", 0), 0u);
}

TEST_F(PdfSandbox, DisplayNameIsUsedInTheProblem) {
    const NormaliseResult result =
        NormalisePdf(s_corpus.garbage, Out("g.pdf"), {}, "Factura de marzo.pdf");
    EXPECT_NE(result.problem.find("\"Factura de marzo.pdf\""), std::string::npos);
}

TEST_F(PdfSandbox, MissingInputThrows) {
    EXPECT_THROW(NormalisePdf(s_dir / "no-such.pdf", Out("x.pdf")), NotFoundError);
    EXPECT_THROW(NormalisePdf(s_corpus.valid, s_dir / "no-such-dir" / "x.pdf"), StorageError);
}

TEST_F(PdfSandbox, BadHelperOverrideIsReported) {
    setenv(kPdfHelperEnvironmentVariable, (s_dir / "not-a-helper").c_str(), 1);
    EXPECT_THROW(NormalisePdf(s_corpus.valid, Out("y.pdf")), Error);
    unsetenv(kPdfHelperEnvironmentVariable);
}

} // namespace
} // namespace reclama::evidence
