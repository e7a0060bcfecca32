// .reclama ZIPs: a hostile archive is refused before it can write outside its folder or fill
// the disk; a good one reads like the folder it holds.

#include "CaseFileTestSupport.h"

#include "core/Error.h"

#include <gtest/gtest.h>
#include <zip.h>

#include <set>

namespace reclama::casefile::test {
namespace {

using Entries = std::vector<std::pair<std::string, std::string>>;

class Zip : public ::testing::Test {
protected:
    void SetUp() override { m_dir = Scratch(); }

    // The minimal case as ZIP entries, plus `extra`.
    Entries CaseEntries(Entries extra = {}) {
        Entries entries{{"case.json", MinimalCase().dump()}, {"files/carta.pdf", "%PDF-1.4 carta"}};
        entries.insert(entries.end(), extra.begin(), extra.end());
        return entries;
    }
    fs::path ZipOf(const Entries& entries, const std::string& name = "case.reclama") {
        const fs::path file = m_dir.Path() / name;
        MakeZip(file, entries);
        return file;
    }
    std::string Refusal(const fs::path& zip, const ReadLimits& limits = {}, std::string* message = nullptr) {
        return RefusalWhere([&] { ReadCaseFile(zip, limits); }, message);
    }

    TempDir m_dir;
};

TEST_F(Zip, GoodArchiveReads) {
    const fs::path zip = ZipOf(CaseEntries());
    fs::path extractedTo;
    {
        const CaseFileContents read = ReadCaseFile(zip);
        EXPECT_EQ(read.c.title, "Cobro indebido");
        EXPECT_EQ(ReadBytes(read.documentFiles.at(1)), "%PDF-1.4 carta");
        extractedTo = read.extracted.Path();
        EXPECT_TRUE(fs::exists(extractedTo));
        EXPECT_EQ(fs::status(extractedTo).permissions() & fs::perms::all, fs::perms::owner_all);
    }
    EXPECT_FALSE(fs::exists(extractedTo)); // removed with the contents
}

TEST_F(Zip, MovedContentsKeepTheirFiles) {
    CaseFileContents moved = [&] { return ReadCaseFile(ZipOf(CaseEntries())); }();
    EXPECT_EQ(ReadBytes(moved.documentFiles.at(1)), "%PDF-1.4 carta");
}

TEST_F(Zip, TraversalEntriesAreRefused) {
    // An absolute entry name pointing into the system's temporary folder, and a deep ../ chain.
    const std::string absolute = (fs::temp_directory_path() / "evil-abs").string();
    const std::string deep = "../../../../../.." + (fs::temp_directory_path() / "evil").string();
    for (const std::string& name : {std::string("../evil"), std::string("files/../../evil"), absolute, deep}) {
        std::string message;
        const fs::path zip = ZipOf(CaseEntries({{name, "owned"}}), "t.reclama");
        EXPECT_EQ(Refusal(zip, {}, &message), zip.string()) << name;
        EXPECT_NE(message.find(name), std::string::npos) << message;
    }
    EXPECT_FALSE(fs::exists(m_dir.Path() / "evil"));
    EXPECT_FALSE(fs::exists(fs::temp_directory_path() / "evil"));
    EXPECT_FALSE(fs::exists(absolute));
}

// Names that look odd but cannot leave the folder: refused or kept inside, never outside.
TEST_F(Zip, OddEntryNamesStayInside) {
    for (const std::string name : {"C:/evil", "files\\..\\evil", "files//x", "./case2.json"}) {
        const fs::path zip = ZipOf(CaseEntries({{name, "odd"}}), "odd.reclama");
        try {
            const CaseFileContents read = ReadCaseFile(zip);
            EXPECT_EQ(read.c.title, "Cobro indebido") << name;
        } catch (const InputError& e) {
            EXPECT_EQ(e.Where(), zip.string()) << name;
        }
        EXPECT_FALSE(fs::exists(m_dir.Path() / "evil")) << name;
    }
}

TEST_F(Zip, BombDeclaringItsSizeIsRefusedBeforeExtraction) {
    // 64 MiB of zeros deflate to about 64 KiB.
    const std::string zeros(64u << 20, '\0');
    const fs::path zip = ZipOf(CaseEntries({{"files/bomb.bin", zeros}}));
    EXPECT_LT(fs::file_size(zip), 1u << 20);
    ReadLimits limits;
    limits.maxUnzippedBytes = 16u << 20;
    std::string message;
    EXPECT_EQ(Refusal(zip, limits, &message), zip.string());
    EXPECT_NE(message.find(std::to_string(16u << 20)), std::string::npos) << message; // names the limit
    limits.maxUnzippedBytes = 128u << 20; // the same archive under a larger limit is fine
    EXPECT_NO_THROW(ReadCaseFile(zip, limits));
}

// Rewrites every declared uncompressed size in the archive to `size`.
void LieAboutSizes(const fs::path& zip, std::uint32_t size) {
    std::string bytes = ReadBytes(zip);
    auto put32 = [&](std::size_t at) {
        for (int i = 0; i < 4; ++i) bytes[at + i] = static_cast<char>((size >> (8 * i)) & 0xFF);
    };
    for (std::size_t at = 0; (at = bytes.find("PK\x03\x04", at)) != std::string::npos; at += 4) put32(at + 22);
    for (std::size_t at = 0; (at = bytes.find("PK\x01\x02", at)) != std::string::npos; at += 4) put32(at + 24);
    WriteBytes(zip, bytes);
}

TEST_F(Zip, BombLyingAboutItsSizeIsStoppedWhileExtracting) {
    const std::string zeros(64u << 20, '\0');
    const fs::path zip = ZipOf({{"files/bomb.bin", zeros}});
    LieAboutSizes(zip, 1000);
    ReadLimits limits;
    limits.maxUnzippedBytes = 16u << 20;
    EXPECT_EQ(Refusal(zip, limits), zip.string());
}

TEST_F(Zip, TooManyEntriesAreRefused) {
    Entries extra;
    for (int i = 0; i < 20; ++i) extra.push_back({"files/n" + std::to_string(i) + ".txt", "x"});
    const fs::path zip = ZipOf(CaseEntries(extra));
    ReadLimits limits;
    limits.maxZipEntries = 10;
    std::string message;
    EXPECT_EQ(Refusal(zip, limits, &message), zip.string());
    EXPECT_NE(message.find("entries"), std::string::npos) << message;
}

TEST_F(Zip, ArchiveWithoutCaseJsonIsRefused) {
    const fs::path zip = ZipOf({{"files/carta.pdf", "x"}});
    EXPECT_EQ(Refusal(zip), zip.string());
    const fs::path twoFolders = ZipOf({{"a/case.json", MinimalCase().dump()}, {"b/x", "x"}}, "two.reclama");
    EXPECT_EQ(Refusal(twoFolders), twoFolders.string());
}

TEST_F(Zip, DamagedArchiveIsRefused) {
    const fs::path zip = ZipOf(CaseEntries());
    std::string bytes = ReadBytes(zip);
    WriteBytes(zip, bytes.substr(0, bytes.size() / 2));
    EXPECT_EQ(Refusal(zip), zip.string());
}

TEST_F(Zip, ErrorsInsideNameTheArchiveAndPointer) {
    nlohmann::json json = MinimalCase();
    json["case"]["contacts"][0]["at"] = "2026-02-30";
    const fs::path zip = ZipOf({{"case.json", json.dump()}, {"files/carta.pdf", "x"}});
    EXPECT_EQ(Refusal(zip), "/case/contacts/0/at");
    const fs::path broken = ZipOf({{"case.json", "{"}}, "broken.reclama");
    EXPECT_EQ(Refusal(broken), broken.string() + ":case.json");
    // A file named in case.json that is not in the archive.
    const fs::path missing = ZipOf({{"case.json", MinimalCase().dump()}}, "missing.reclama");
    EXPECT_EQ(Refusal(missing), "/case/documents/0/file");
}

TEST_F(Zip, SymlinkEntryIsNeverCreatedAsALink) {
    const fs::path zip = m_dir.Path() / "link.reclama";
    {
        int error = 0;
        zip_t* archive = zip_open(zip.c_str(), ZIP_CREATE | ZIP_TRUNCATE, &error);
        ASSERT_NE(archive, nullptr);
        const std::string json = MinimalCase().dump();
        const std::string target = "/etc/passwd";
        zip_file_add(archive, "case.json", zip_source_buffer(archive, json.data(), json.size(), 0), 0);
        const zip_int64_t index = zip_file_add(
            archive, "files/carta.pdf", zip_source_buffer(archive, target.data(), target.size(), 0), 0);
        ASSERT_GE(index, 0);
        // Unix "host" with mode lrwxrwxrwx in the high 16 bits: an unzip tool would make a symlink.
        ASSERT_EQ(zip_file_set_external_attributes(archive, static_cast<zip_uint64_t>(index), 0,
                                                   ZIP_OPSYS_UNIX, (0120777u << 16)), 0);
        ASSERT_EQ(zip_close(archive), 0);
    }
    try {
        const CaseFileContents read = ReadCaseFile(zip);
        const fs::path file = read.documentFiles.at(1);
        EXPECT_FALSE(fs::is_symlink(fs::symlink_status(file)));
        EXPECT_EQ(ReadBytes(file), "/etc/passwd"); // the link text, as plain bytes
    } catch (const InputError& e) {
        EXPECT_EQ(e.Where(), zip.string()); // refusing it is fine too
    }
}

TEST_F(Zip, DuplicateEntryNamesAreRefused) {
    const fs::path zip = ZipOf(CaseEntries({{"files/dup-b.pdf", "second"}}));
    // libzip will not write two entries with one name; rename the second in the raw bytes.
    std::string bytes = ReadBytes(zip);
    for (std::size_t at = 0; (at = bytes.find("files/dup-b.pdf", at)) != std::string::npos;) {
        bytes.replace(at, 15, "files/carta.pdf");
    }
    WriteBytes(zip, bytes);
    EXPECT_EQ(Refusal(zip), zip.string());
}

TEST_F(Zip, EncryptedEntryIsRefused) {
    const fs::path zip = m_dir.Path() / "secret.reclama";
    {
        int error = 0;
        zip_t* archive = zip_open(zip.c_str(), ZIP_CREATE | ZIP_TRUNCATE, &error);
        ASSERT_NE(archive, nullptr);
        const std::string json = MinimalCase().dump();
        const std::string pdf = "%PDF-1.4 carta";
        zip_file_add(archive, "case.json", zip_source_buffer(archive, json.data(), json.size(), 0), 0);
        const zip_int64_t index =
            zip_file_add(archive, "files/carta.pdf", zip_source_buffer(archive, pdf.data(), pdf.size(), 0), 0);
        if (zip_file_set_encryption(archive, static_cast<zip_uint64_t>(index), ZIP_EM_AES_256, "pw") != 0) {
            zip_discard(archive);
            GTEST_SKIP() << "this libzip cannot encrypt";
        }
        ASSERT_EQ(zip_close(archive), 0);
    }
    EXPECT_EQ(Refusal(zip), zip.string());
}

TEST_F(Zip, CaseJsonInsideNamesAFileOutside) {
    nlohmann::json json = MinimalCase();
    json["case"]["documents"][0]["file"] = "../../../../etc/hostname";
    const fs::path zip = ZipOf({{"case.json", json.dump()}, {"files/carta.pdf", "x"}});
    EXPECT_EQ(Refusal(zip), "/case/documents/0/file");
}

TEST_F(Zip, WrittenArchiveHasCaseJsonAndFilesAtTheTop) {
    const CaseFileContents read = ReadCaseFile(SampleDir("es-adsl-averia"));
    const fs::path zip = m_dir.Path() / "out.reclama";
    WriteCaseZip(read.c, [&](const core::Document& d) { return read.documentFiles.at(d.id); }, zip);
    int error = 0;
    zip_t* archive = zip_open(zip.c_str(), ZIP_RDONLY | ZIP_CHECKCONS, &error);
    ASSERT_NE(archive, nullptr);
    std::set<std::string> names;
    for (zip_int64_t i = 0; i < zip_get_num_entries(archive, 0); ++i) {
        names.insert(zip_get_name(archive, static_cast<zip_uint64_t>(i), 0));
    }
    zip_discard(archive);
    EXPECT_TRUE(names.count("case.json"));
    for (const auto& document : read.c.documents) {
        EXPECT_TRUE(names.count("files/" + document.originalName)) << document.originalName;
    }
}

} // namespace
} // namespace reclama::casefile::test
