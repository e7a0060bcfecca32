// Writing: positional ids, canonical amounts, absent empty fields, unique file names, and a
// failed or refused export leaves nothing behind.

#include "CaseFileTestSupport.h"

#include "core/Error.h"

#include <gtest/gtest.h>

#include <set>

namespace reclama::casefile::test {
namespace {

// A case as the store would hold it: ids far from 1..n, links by those ids.
core::Case StoreLikeCase() {
    core::Case c;
    c.title = "Caso";
    c.claimant.name = "Ana";
    c.company.name = "Empresa";
    core::Document a, b, d;
    a.id = 40; a.originalName = "factura.pdf"; a.kind = core::DocumentKind::Invoice;
    b.id = 41; b.originalName = "factura.pdf";
    d.id = 42; d.originalName = "FACTURA.pdf";
    c.documents = {a, b, d};
    core::Contact k;
    k.id = 900;
    k.at = core::ParseEventTime("2026-01-14T09:05:00+01:00", c.timezone);
    k.summary = "Llamada";
    k.documents = {{42, std::nullopt}, {40, 3}};
    core::Contact reply = k;
    reply.id = 901;
    reply.replyTo = 900;
    reply.documents.clear();
    c.contacts = {k, reply};
    core::Promise p;
    p.id = 7;
    p.contact = 901;
    p.text = "Devolver";
    c.promises = {p};
    core::Invoice v;
    v.id = 12;
    v.number = "F-1";
    v.issued = core::ParseDate("2026-02-01");
    v.billed = {4590, "EUR"};
    v.correct = {0, "EUR"};
    v.paid = {4590, "EUR"};
    c.invoices = {v};
    return c;
}

class Write : public ::testing::Test {
protected:
    void SetUp() override {
        m_dir = Scratch();
        for (int i = 0; i < 3; ++i) WriteBytes(Object(40 + i), "bytes " + std::to_string(i));
    }
    fs::path Object(core::RecordId id) const { return m_dir.Path() / "objects" / std::to_string(id); }
    ObjectPathOf Objects() const {
        return [this](const core::Document& d) { return Object(d.id); };
    }
    TempDir m_dir;
};

TEST_F(Write, PositionalIdsCanonicalAmountsAndNoEmptyFields) {
    WriteCaseFile(StoreLikeCase(), Objects(), m_dir.Path() / "out");
    const nlohmann::json json = LoadJson(m_dir.Path() / "out" / "case.json");
    const auto& c = json["case"];
    EXPECT_EQ(json["format"], "reclama-case");
    EXPECT_EQ(json["version"], 1);
    EXPECT_EQ(c["contacts"][0]["id"], "c1");
    EXPECT_EQ(c["contacts"][1]["reply_to"], "c1");
    EXPECT_EQ(c["contacts"][0]["documents"], nlohmann::json::parse(R"(["d3", {"doc": "d1", "page": 3}])"));
    EXPECT_EQ(c["contacts"][0]["at"], "2026-01-14T09:05:00+01:00");
    EXPECT_EQ(c["contacts"][0]["precision"], "minute");
    EXPECT_EQ(c["promises"][0]["id"], "p1");
    EXPECT_EQ(c["promises"][0]["contact"], "c2");
    EXPECT_EQ(c["invoices"][0]["id"], "i1");
    EXPECT_EQ(c["invoices"][0]["billed"], "45.90");
    EXPECT_EQ(c["invoices"][0]["correct"], "0.00");
    EXPECT_EQ(c["invoices"][0]["paid"], "45.90");
    EXPECT_FALSE(c["contacts"][0].contains("quote"));
    EXPECT_FALSE(c["contacts"][0].contains("recorded_at"));
    EXPECT_FALSE(c["contacts"][1].contains("documents"));
    EXPECT_FALSE(c["claimant"].contains("email"));
    EXPECT_FALSE(c["promises"][0].contains("due"));
    EXPECT_FALSE(c.contains("summary"));
}

TEST_F(Write, SameOriginalNamesGetSuffixesAndReadBackUnchanged) {
    const core::Case c = StoreLikeCase();
    WriteCaseFile(c, Objects(), m_dir.Path() / "out");
    const nlohmann::json json = LoadJson(m_dir.Path() / "out" / "case.json");
    const auto& documents = json["case"]["documents"];
    EXPECT_EQ(documents[0]["file"], "files/factura.pdf");
    EXPECT_EQ(documents[1]["file"], "files/factura-2.pdf");
    EXPECT_EQ(documents[2]["file"], "files/FACTURA-3.pdf"); // clashes where case is ignored
    EXPECT_EQ(documents[1]["original_name"], "factura.pdf");
    EXPECT_FALSE(documents[0].contains("original_name"));
    for (int i = 0; i < 3; ++i) {
        EXPECT_EQ(ReadBytes(m_dir.Path() / "out" / documents[i]["file"].get<std::string>()),
                  "bytes " + std::to_string(i));
    }
    const CaseFileContents read = ReadCaseFile(m_dir.Path() / "out");
    EXPECT_TRUE(read.warnings.empty());
    EXPECT_EQ(read.c.documents[1].originalName, "factura.pdf");
    EXPECT_EQ(read.c.contacts[0].documents, (std::vector<core::DocumentLink>{{3, std::nullopt}, {1, 3}}));
    EXPECT_EQ(read.c.promises[0].contact, std::optional<core::RecordId>(2));
}

TEST_F(Write, UnsafeOriginalNamesAreMadeSafe) {
    core::Case c = StoreLikeCase();
    c.documents[0].originalName = "a/b\\c:d.pdf";
    c.documents[1].originalName = ".bashrc";
    c.documents[2].originalName = "";
    WriteCaseFile(c, Objects(), m_dir.Path() / "out");
    const nlohmann::json json = LoadJson(m_dir.Path() / "out" / "case.json");
    const auto& documents = json["case"]["documents"];
    EXPECT_EQ(documents[0]["file"], "files/a_b_c_d.pdf");
    EXPECT_EQ(documents[1]["file"], "files/document-2.bashrc");
    EXPECT_EQ(documents[2]["file"], "files/document-3");
    const CaseFileContents read = ReadCaseFile(m_dir.Path() / "out");
    EXPECT_EQ(read.c.documents[0].originalName, "a/b\\c:d.pdf");
}

TEST_F(Write, NonEmptyTargetFolderIsRefusedAndLeftAlone) {
    const fs::path out = m_dir.Path() / "out";
    WriteBytes(out / "mine.txt", "keep");
    EXPECT_EQ(RefusalWhere([&] { WriteCaseFile(StoreLikeCase(), Objects(), out); }), out.string());
    EXPECT_EQ(ReadBytes(out / "mine.txt"), "keep");
    EXPECT_FALSE(fs::exists(out / "case.json"));
    WriteBytes(m_dir.Path() / "file", "x");
    EXPECT_EQ(RefusalWhere([&] { WriteCaseFile(StoreLikeCase(), Objects(), m_dir.Path() / "file"); }),
              (m_dir.Path() / "file").string());
}

TEST_F(Write, EmptyTargetFolderIsUsed) {
    fs::create_directories(m_dir.Path() / "out");
    WriteCaseFile(StoreLikeCase(), Objects(), m_dir.Path() / "out");
    EXPECT_TRUE(fs::is_regular_file(m_dir.Path() / "out" / "case.json"));
}

// Nothing but `expected` in the scratch folder: no half-written export, no hidden staging folder.
void ExpectOnly(const fs::path& dir, std::set<std::string> expected) {
    std::set<std::string> names;
    for (const auto& entry : fs::directory_iterator(dir)) names.insert(entry.path().filename().string());
    EXPECT_EQ(names, expected);
}

TEST_F(Write, FailureLeavesNothing) {
    fs::remove(Object(41)); // the store lost a file
    EXPECT_THROW(WriteCaseFile(StoreLikeCase(), Objects(), m_dir.Path() / "out"), StorageError);
    EXPECT_THROW(WriteCaseZip(StoreLikeCase(), Objects(), m_dir.Path() / "out.reclama"), StorageError);
    core::Case dangling = StoreLikeCase();
    dangling.contacts[1].replyTo = 12345;
    WriteBytes(Object(41), "back");
    EXPECT_THROW(WriteCaseFile(dangling, Objects(), m_dir.Path() / "out"), Error);
    dangling = StoreLikeCase();
    dangling.invoices[0].paid.currency = "USD";
    EXPECT_THROW(WriteCaseZip(dangling, Objects(), m_dir.Path() / "out.reclama"), Error);
    ExpectOnly(m_dir.Path(), {"objects"});
}

TEST_F(Write, TextThatIsNotUtf8IsAnErrorNotMangled) {
    core::Case c = StoreLikeCase();
    c.contacts[0].summary = "bad \xFF byte";
    EXPECT_THROW(WriteCaseFile(c, Objects(), m_dir.Path() / "out"), Error);
    ExpectOnly(m_dir.Path(), {"objects"});
}

TEST_F(Write, ZipTargetMustNotExist) {
    WriteBytes(m_dir.Path() / "x.reclama", "old");
    EXPECT_EQ(RefusalWhere([&] { WriteCaseZip(StoreLikeCase(), Objects(), m_dir.Path() / "x.reclama"); }),
              (m_dir.Path() / "x.reclama").string());
    EXPECT_EQ(ReadBytes(m_dir.Path() / "x.reclama"), "old");
    WriteCaseZip(StoreLikeCase(), Objects(), m_dir.Path() / "y.reclama");
    ExpectOnly(m_dir.Path(), {"objects", "x.reclama", "y.reclama"});
    EXPECT_EQ(ReadCaseFile(m_dir.Path() / "y.reclama").c.documents.size(), 3u);
}

} // namespace
} // namespace reclama::casefile::test
