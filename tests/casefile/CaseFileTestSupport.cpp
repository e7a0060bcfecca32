#include "CaseFileTestSupport.h"

#include "core/Error.h"

#include <gtest/gtest.h>
#include <zip.h>

#include <fstream>
#include <sstream>

namespace reclama::casefile::test {

TempDir Scratch() { return TempDir::Create(fs::temp_directory_path(), "casefile-test-"); }

fs::path SampleDir(const std::string& name) {
    return fs::path(RECLAMA_TEST_DATA) / "samples" / name;
}

std::string ReadBytes(const fs::path& file) {
    std::ifstream in(file, std::ios::binary);
    std::ostringstream out;
    out << in.rdbuf();
    return out.str();
}

void WriteBytes(const fs::path& file, const std::string& bytes) {
    fs::create_directories(file.parent_path());
    std::ofstream out(file, std::ios::binary | std::ios::trunc);
    out.write(bytes.data(), static_cast<std::streamsize>(bytes.size()));
}

nlohmann::json LoadJson(const fs::path& file) { return nlohmann::json::parse(ReadBytes(file)); }

nlohmann::json MinimalCase() {
    return nlohmann::json::parse(R"({
      "format": "reclama-case",
      "version": 1,
      "case": {
        "title": "Cobro indebido",
        "jurisdiction": "ES",
        "currency": "EUR",
        "timezone": "Europe/Madrid",
        "claimant": {"name": "Lucía"},
        "company": {"name": "Conecta S.A."},
        "contacts": [
          {"id": "c1", "at": "2026-01-14T09:05:00+01:00", "channel": "phone",
           "summary": "Llamada", "documents": ["d1", {"doc": "d1", "page": 2}]},
          {"id": "c2", "at": "2026-01-20", "channel": "email", "direction": "incoming",
           "reply_to": "c1", "summary": "Respuesta"}
        ],
        "promises": [{"id": "p1", "contact": "c1", "text": "Devolver el importe", "due": "2026-01-31"}],
        "invoices": [{"id": "i1", "number": "F-1", "issued": "2026-02-01", "billed": "39.90",
                      "correct": "16.73", "paid": "39.90", "documents": ["d1"]}],
        "payments": [{"id": "m1", "at": "2026-02-10", "kind": "refund", "amount": "10"}],
        "incidents": [{"id": "o1", "from": "2026-01-14T08:00:00+01:00"}],
        "documents": [{"id": "d1", "file": "files/carta.pdf", "title": "Carta", "kind": "letter"}],
        "notes": [{"id": "n1", "at": "2026-03-06", "text": "Nota"}]
      }
    })");
}

fs::path WriteCaseFolder(const fs::path& dir, const nlohmann::json& caseJson) {
    fs::create_directories(dir);
    WriteBytes(dir / "case.json", caseJson.dump(2));
    const auto caseIt = caseJson.find("case");
    if (caseIt != caseJson.end() && caseIt->is_object() && caseIt->contains("documents") &&
        (*caseIt)["documents"].is_array()) {
        for (const auto& document : (*caseIt)["documents"]) {
            if (!document.is_object() || !document.contains("file") || !document["file"].is_string()) {
                continue;
            }
            const std::string name = document["file"].get<std::string>();
            const fs::path file = dir / name;
            if (name.empty() || name.front() == '/' || name.find("..") != std::string::npos) continue;
            std::error_code ec;
            if (!fs::exists(fs::symlink_status(file, ec))) WriteBytes(file, "%PDF-1.4 " + name);
        }
    }
    return dir;
}

void MakeZip(const fs::path& file, const std::vector<std::pair<std::string, std::string>>& entries) {
    int error = 0;
    zip_t* archive = zip_open(file.c_str(), ZIP_CREATE | ZIP_TRUNCATE, &error);
    ASSERT_NE(archive, nullptr);
    for (const auto& [name, bytes] : entries) {
        zip_source_t* source = zip_source_buffer(archive, bytes.data(), bytes.size(), 0);
        ASSERT_NE(source, nullptr);
        ASSERT_GE(zip_file_add(archive, name.c_str(), source, ZIP_FL_ENC_UTF_8), 0) << name;
    }
    ASSERT_EQ(zip_close(archive), 0) << zip_strerror(archive);
}

std::string RefusalWhere(const std::function<void()>& action, std::string* message) {
    try {
        action();
    } catch (const InputError& e) {
        if (message) *message = e.what();
        return e.Where();
    } catch (const std::exception& e) {
        ADD_FAILURE() << "expected an InputError, got: " << e.what();
        return "<other error>";
    }
    ADD_FAILURE() << "expected an InputError, but the read succeeded";
    return "<accepted>";
}

std::string RefusalOf(const nlohmann::json& caseJson, std::string* message) {
    TempDir dir = Scratch();
    WriteCaseFolder(dir.Path(), caseJson);
    return RefusalWhere([&] { ReadCaseFile(dir.Path()); }, message);
}

std::string DescribeTimes(const core::Case& c) {
    std::string text;
    auto add = [&](const std::string& label, const core::EventTime& t) {
        text += label + "=" + t.ToIso() + "/" + std::to_string(t.offsetMinutes) + "/" +
                std::string(core::ToString(t.precision)) + "\n";
    };
    for (const auto& k : c.contacts) {
        add("contact " + std::to_string(k.id) + " at", k.at);
        if (k.recordedAt) add("contact " + std::to_string(k.id) + " recorded_at", *k.recordedAt);
    }
    for (const auto& m : c.payments) add("payment " + std::to_string(m.id) + " at", m.at);
    for (const auto& n : c.incidents) {
        add("incident " + std::to_string(n.id) + " from", n.from);
        if (n.to) add("incident " + std::to_string(n.id) + " to", *n.to);
    }
    for (const auto& n : c.notes) add("note " + std::to_string(n.id) + " at", n.at);
    return text;
}

std::vector<std::string> AttachmentBytes(const CaseFileContents& contents) {
    std::vector<std::string> bytes;
    for (const auto& document : contents.c.documents) {
        bytes.push_back(ReadBytes(contents.documentFiles.at(document.id)));
    }
    return bytes;
}

} // namespace reclama::casefile::test
