// SHA-256 of bytes and files against published test vectors.
#include "evidence/Hash.h"

#include "core/Error.h"

#include <gtest/gtest.h>

#include <filesystem>
#include <fstream>

namespace reclama::evidence {
namespace {

namespace fs = std::filesystem;

TEST(Hash, KnownVectors) {
    EXPECT_EQ(Sha256Bytes(""), "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855");
    EXPECT_EQ(Sha256Bytes("abc"),
              "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad");
    EXPECT_EQ(Sha256Bytes("abcdbcdecdefdefgefghfghighijhijkijkljklmklmnlmnomnopnopq"),
              "248d6a61d20638b8e5c026930c3e6039a33ce45964ff2167f6ecedd419db06c1");
}

TEST(Hash, FileMatchesBytesAcrossChunkBoundaries) {
    const fs::path path = fs::temp_directory_path() / "reclama-hash-test.bin";
    // One million 'a': the FIPS 180-2 long vector, read in several chunks.
    {
        std::ofstream out(path, std::ios::binary);
        out << std::string(1'000'000, 'a');
    }
    EXPECT_EQ(Sha256File(path), "cdc76e5c9914fb9281a1c7e284d73e67f1809a48a497200e046d39ccc7112cd0");
    fs::remove(path);
}

TEST(Hash, EmptyFile) {
    const fs::path path = fs::temp_directory_path() / "reclama-hash-empty.bin";
    { std::ofstream out(path, std::ios::binary); }
    EXPECT_EQ(Sha256File(path), Sha256Bytes(""));
    fs::remove(path);
}

TEST(Hash, MissingFileNamesIt) {
    const fs::path path = fs::temp_directory_path() / "reclama-no-such-file.bin";
    try {
        Sha256File(path);
        FAIL() << "expected an error";
    } catch (const InputError& e) {
        EXPECT_NE(std::string(e.what()).find("reclama-no-such-file.bin"), std::string::npos);
    }
    EXPECT_THROW(Sha256File(fs::temp_directory_path()), InputError);
}

} // namespace
} // namespace reclama::evidence
