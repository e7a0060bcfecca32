// Attachments are found inside the case folder and nowhere else; odd but legitimate names work.

#include "CaseFileTestSupport.h"

#include <gtest/gtest.h>

#include <sys/stat.h>

namespace reclama::casefile::test {
namespace {

constexpr const char* kFilePointer = "/case/documents/0/file";

class PathSafety : public ::testing::Test {
protected:
    // A case folder "case" inside a scratch folder, with "secret.txt" beside (outside) it.
    void SetUp() override {
        m_root = Scratch();
        m_case = m_root.Path() / "case";
        fs::create_directories(m_case / "files");
        WriteBytes(m_root.Path() / "secret.txt", "outside");
    }
    std::string RefusalWithFile(const std::string& file, std::string* message = nullptr) {
        nlohmann::json json = MinimalCase();
        json["case"]["documents"][0]["file"] = file;
        WriteCaseFolder(m_case, json);
        return RefusalWhere([&] { ReadCaseFile(m_case); }, message);
    }
    CaseFileContents ReadWithFile(const std::string& file) {
        nlohmann::json json = MinimalCase();
        json["case"]["documents"][0]["file"] = file;
        WriteCaseFolder(m_case, json);
        return ReadCaseFile(m_case);
    }

    TempDir m_root;
    fs::path m_case;
};

TEST_F(PathSafety, MissingFile) {
    nlohmann::json json = MinimalCase();
    WriteBytes(m_case / "case.json", json.dump());
    std::string message;
    EXPECT_EQ(RefusalWhere([&] { ReadCaseFile(m_case); }, &message), kFilePointer);
    EXPECT_NE(message.find("files/carta.pdf"), std::string::npos) << message;
}

TEST_F(PathSafety, ParentTraversalIsRefusedEvenWhenTheFileExists) {
    EXPECT_EQ(RefusalWithFile("../secret.txt"), kFilePointer);
    EXPECT_EQ(RefusalWithFile("files/../../secret.txt"), kFilePointer);
    EXPECT_EQ(RefusalWithFile("files/..\\..\\secret.txt"), kFilePointer);
}

TEST_F(PathSafety, AbsolutePathIsRefused) {
    EXPECT_EQ(RefusalWithFile((m_root.Path() / "secret.txt").string()), kFilePointer);
}

TEST_F(PathSafety, SymlinkPointingOutsideIsRefused) {
    fs::create_symlink(m_root.Path() / "secret.txt", m_case / "files" / "link.txt");
    std::string message;
    EXPECT_EQ(RefusalWithFile("files/link.txt", &message), kFilePointer);
    EXPECT_NE(message.find("files/link.txt"), std::string::npos) << message;
    // A relative link climbing out, and a linked folder.
    fs::create_symlink("../../secret.txt", m_case / "files" / "rel.txt");
    EXPECT_EQ(RefusalWithFile("files/rel.txt"), kFilePointer);
    fs::create_directory_symlink(m_root.Path(), m_case / "up");
    EXPECT_EQ(RefusalWithFile("up/secret.txt"), kFilePointer);
}

TEST_F(PathSafety, SymlinkInsideTheFolderIsFine) {
    WriteBytes(m_case / "files" / "real.pdf", "inside");
    fs::create_symlink("real.pdf", m_case / "files" / "alias.pdf");
    const CaseFileContents read = ReadWithFile("files/alias.pdf");
    EXPECT_EQ(ReadBytes(read.documentFiles.at(1)), "inside");
}

TEST_F(PathSafety, NotARegularFile) {
    fs::create_directories(m_case / "files" / "folder.pdf");
    std::string message;
    EXPECT_EQ(RefusalWithFile("files/folder.pdf", &message), kFilePointer);
    EXPECT_NE(message.find("not a regular file"), std::string::npos) << message;
    ASSERT_EQ(::mkfifo((m_case / "files" / "pipe").c_str(), 0600), 0);
    EXPECT_EQ(RefusalWithFile("files/pipe"), kFilePointer);
    EXPECT_EQ(RefusalWithFile("."), kFilePointer);
    fs::create_symlink(m_case / "files" / "nothing", m_case / "files" / "dangling");
    EXPECT_EQ(RefusalWithFile("files/dangling"), kFilePointer);
}

TEST_F(PathSafety, UnicodeNamesWork) {
    const std::vector<std::string> names{
        "files/cancio\u0301n-nfd.pdf",     // NFD accent, as macOS writes it
        "files/📞 llamada 2026.txt",        // emoji and spaces
        "files/فاتورة-يناير.pdf",           // Arabic, right to left
        "files/Ñandú/ünïcödé.eml",          // accented folder
    };
    nlohmann::json json = MinimalCase();
    json["case"]["documents"] = nlohmann::json::array();
    for (std::size_t i = 0; i < names.size(); ++i) {
        WriteBytes(m_case / names[i], "bytes of " + names[i]);
        json["case"]["documents"].push_back({{"id", "d" + std::to_string(i + 1)}, {"file", names[i]}});
    }
    WriteCaseFolder(m_case, json);
    const CaseFileContents read = ReadCaseFile(m_case);
    ASSERT_EQ(read.c.documents.size(), names.size());
    for (std::size_t i = 0; i < names.size(); ++i) {
        EXPECT_EQ(read.c.documents[i].originalName, fs::path(names[i]).filename().string());
        EXPECT_EQ(ReadBytes(read.documentFiles.at(read.c.documents[i].id)), "bytes of " + names[i]);
    }
    // And they survive an export, in both forms.
    auto objectPathOf = [&](const core::Document& d) { return read.documentFiles.at(d.id); };
    WriteCaseFile(read.c, objectPathOf, m_root.Path() / "out");
    WriteCaseZip(read.c, objectPathOf, m_root.Path() / "out.reclama");
    for (const fs::path& exported : {m_root.Path() / "out", m_root.Path() / "out.reclama"}) {
        const CaseFileContents again = ReadCaseFile(exported);
        EXPECT_EQ(again.c, read.c);
        EXPECT_EQ(AttachmentBytes(again), AttachmentBytes(read));
    }
}

TEST_F(PathSafety, NameInAnotherNormalFormFindsTheFile) {
    WriteBytes(m_case / "files" / "cancio\u0301n.pdf", "nfd on disk"); // NFD
    nlohmann::json json = MinimalCase();
    json["case"]["documents"][0]["file"] = "files/canci\u00f3n.pdf"; // NFC in case.json
    WriteBytes(m_case / "case.json", json.dump()); // not WriteCaseFolder: it would create the NFC file
    ASSERT_FALSE(fs::exists(m_case / "files" / "canci\u00f3n.pdf"));
    const CaseFileContents read = ReadCaseFile(m_case);
    EXPECT_EQ(ReadBytes(read.documentFiles.at(1)), "nfd on disk");
}

TEST_F(PathSafety, EmptyAttachmentIsLegitimate) {
    WriteBytes(m_case / "files" / "vacío.txt", "");
    const CaseFileContents read = ReadWithFile("files/vacío.txt");
    EXPECT_EQ(read.c.documents[0].size, 0);
    WriteCaseZip(read.c, [&](const core::Document& d) { return read.documentFiles.at(d.id); },
                 m_root.Path() / "empty.reclama");
    const CaseFileContents again = ReadCaseFile(m_root.Path() / "empty.reclama");
    EXPECT_EQ(again.c, read.c);
    EXPECT_EQ(ReadBytes(again.documentFiles.at(1)), "");
}

} // namespace
} // namespace reclama::casefile::test
