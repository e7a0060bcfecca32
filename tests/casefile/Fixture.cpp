#include "Fixture.h"

#include <fstream>
#include <sstream>
#include <stdexcept>

namespace reclama::casefile::fixture {

namespace fs = std::filesystem;

nlohmann::json ValidCase() {
    return nlohmann::json::parse(R"({
  "format": "reclama-case",
  "version": 1,
  "case": {
    "title": "Prueba",
    "jurisdiction": "ES",
    "currency": "EUR",
    "timezone": "Europe/Madrid",
    "claimant": {"name": "Lucía"},
    "company": {"name": "Conecta"},
    "contacts": [
      {"id": "c1", "at": "2026-01-14T09:05", "channel": "phone", "summary": "primera",
       "documents": ["d1", {"doc": "d2", "page": 2}]},
      {"id": "c2", "at": "2026-01-15T10:00:00+01:00", "precision": "approximate", "channel": "email",
       "direction": "incoming", "reply_to": "c1", "summary": "respuesta"}
    ],
    "promises": [{"id": "p1", "contact": "c1", "text": "llamar", "due": "2026-01-16"}],
    "invoices": [{"id": "i1", "number": "F-1", "issued": "2026-02-01", "billed": "39.9", "correct": "16.73",
                  "paid": "39.90", "documents": ["d1"]}],
    "payments": [{"id": "m1", "at": "2026-02-10", "kind": "refund", "amount": "10"}],
    "incidents": [{"id": "o1", "from": "2026-01-14T08:00:00+01:00", "to": "2026-01-20"}],
    "documents": [
      {"id": "d1", "file": "files/factura.pdf", "title": "Factura", "date": "2026-02-01", "kind": "invoice"},
      {"id": "d2", "file": "files/carta.txt"}
    ],
    "notes": [{"id": "n1", "at": "2026-03", "text": "nota"}]
  }
})");
}

void WriteFile(const fs::path& file, const std::string& bytes) {
    fs::create_directories(file.parent_path());
    std::ofstream out(file, std::ios::binary);
    out.write(bytes.data(), static_cast<std::streamsize>(bytes.size()));
    if (!out) throw std::runtime_error("cannot write " + file.string());
}

std::string ReadBytes(const fs::path& file) {
    std::ifstream in(file, std::ios::binary);
    if (!in) throw std::runtime_error("cannot read " + file.string());
    std::ostringstream buffer;
    buffer << in.rdbuf();
    return std::move(buffer).str();
}

fs::path WriteCaseFolder(const fs::path& folder, const nlohmann::json& doc) {
    WriteFile(folder / "files" / "factura.pdf", "%PDF-1.4 not really\n");
    WriteFile(folder / "files" / "carta.txt", "Estimados señores:\n");
    WriteFile(folder / "case.json", doc.dump(2));
    return folder / "case.json";
}

ObjectPathOf ObjectsOf(const CaseFileContents& contents) {
    return [&contents](const core::Document& d) { return contents.documentFiles.at(d.id); };
}

} // namespace reclama::casefile::fixture
