#include "casefile/CaseFile.h"

#include "casefile/CaseReader.h"
#include "casefile/CaseWriter.h"
#include "casefile/Zip.h"
#include "core/Error.h"

#include <fstream>

namespace reclama::casefile {
namespace {

namespace fs = std::filesystem;

constexpr const char* kCaseJson = "case.json";

// The case.json of an unpacked archive, at its top as the format says.
fs::path FindCaseJson(const fs::path& root, const std::string& where) {
    if (fs::is_regular_file(fs::symlink_status(root / kCaseJson))) return root / kCaseJson;
    throw InputError(where, "the archive has no case.json at its top level; it is not a .reclama case file");
}

// Errors inside an unpacked archive name the archive, not the private temp folder.
[[noreturn]] void RethrowForArchive(const InputError& e, const fs::path& temp, const fs::path& zipFile) {
    const std::string tempText = temp.string();
    const std::string& where = e.Where();
    if (where.rfind(tempText, 0) != 0) throw e;
    std::string inside = where.substr(tempText.size());
    if (!inside.empty() && inside.front() == '/') inside.erase(0, 1);
    std::string message = std::string(e.what()).substr(where.size() + 2);
    throw InputError(zipFile.string() + (inside.empty() ? "" : ":" + inside), message);
}

// The folder `target` will become, checked before anything is written.
fs::path PrepareTarget(const fs::path& target, bool directory) {
    fs::path out = fs::absolute(target).lexically_normal();
    if (!out.has_filename()) out = out.parent_path();
    std::error_code ec;
    auto status = fs::symlink_status(out, ec);
    if (fs::exists(status)) {
        if (!directory) throw InputError(target.string(), "already exists; choose a new file name");
        if (!fs::is_directory(status) || !fs::is_empty(out, ec)) {
            throw InputError(target.string(), "already exists and is not an empty folder");
        }
    }
    if (!fs::is_directory(out.parent_path(), ec)) {
        throw InputError(target.string(), "the folder " + out.parent_path().string() + " does not exist");
    }
    return out;
}

void WriteText(const fs::path& file, const std::string& text) {
    std::ofstream stream(file, std::ios::binary);
    stream.write(text.data(), static_cast<std::streamsize>(text.size()));
    stream.close();
    if (!stream) throw Error("cannot write " + file.string());
}

} // namespace

CaseFileContents ReadCaseFile(const fs::path& path, std::uint64_t maxUnzippedBytes) {
    ReadLimits limits;
    limits.maxUnzippedBytes = maxUnzippedBytes;
    return ReadCaseFile(path, limits);
}

CaseFileContents ReadCaseFile(const fs::path& path, const ReadLimits& limits) {
    std::error_code ec;
    auto status = fs::status(path, ec);
    if (!fs::exists(status)) throw InputError(path.string(), "does not exist");
    if (fs::is_directory(status)) return ReadCaseJson(path / kCaseJson, limits);
    if (!fs::is_regular_file(status)) throw InputError(path.string(), "is not a regular file");
    if (!LooksLikeZip(path)) return ReadCaseJson(path, limits);

    TempDir temp = TempDir::Create(fs::temp_directory_path(), "reclama-import-");
    try {
        ExtractZip(path, temp.Path(), limits.maxUnzippedBytes, limits.maxZipEntries);
        CaseFileContents contents = ReadCaseJson(FindCaseJson(temp.Path(), path.string()), limits);
        contents.extracted = std::move(temp);
        return contents;
    } catch (const InputError& e) {
        RethrowForArchive(e, temp.Path(), path);
    }
}

void WriteCaseFile(const core::Case& c, const ObjectPathOf& objectPathOf, const fs::path& outDir) {
    const fs::path target = PrepareTarget(outDir, true);
    const CaseExport layout = BuildCaseExport(c, objectPathOf);
    TempDir temp = TempDir::Create(target.parent_path(), "." + target.filename().string() + ".tmp-");
    WriteText(temp.Path() / kCaseJson, layout.json);
    fs::create_directory(temp.Path() / "files");
    for (const ZipEntry& file : layout.files) {
        std::error_code ec;
        if (!fs::copy_file(file.file, temp.Path() / file.name, ec) || ec) {
            throw StorageError("cannot copy the attachment " + file.file.string() + " to " + file.name + ": " +
                        ec.message());
        }
    }
    // mkdtemp made it private; the export is an ordinary folder of the user's.
    fs::permissions(temp.Path(), fs::perms::owner_all | fs::perms::group_read | fs::perms::group_exec |
                                     fs::perms::others_read | fs::perms::others_exec);
    if (fs::exists(fs::symlink_status(target))) fs::remove(target); // empty, checked above
    fs::rename(temp.Path(), target);
    temp.Release();
}

void WriteCaseZip(const core::Case& c, const ObjectPathOf& objectPathOf, const fs::path& zipFile) {
    const fs::path target = PrepareTarget(zipFile, false);
    CaseExport layout = BuildCaseExport(c, objectPathOf);
    std::vector<ZipEntry> entries;
    entries.push_back({kCaseJson, {}, std::move(layout.json)});
    for (ZipEntry& file : layout.files) entries.push_back(std::move(file));
    TempDir temp = TempDir::Create(target.parent_path(), "." + target.filename().string() + ".tmp-");
    const fs::path partial = temp.Path() / "case.reclama";
    WriteZip(partial, entries);
    fs::rename(partial, target);
}

} // namespace reclama::casefile
