#include "casefile/CaseWriter.h"

#include "casefile/Fields.h"
#include "casefile/RecordJson.h"
#include "core/Error.h"

#include <algorithm>
#include <map>
#include <set>

namespace reclama::casefile {
namespace {

namespace fs = std::filesystem;
using nlohmann::json;
using nlohmann::ordered_json;
using core::RecordId;
using core::RecordKind;

// The record's fields in the documented order (anything extra after them).
ordered_json Ordered(const json& record, const fields::List& order) {
    ordered_json out = ordered_json::object();
    for (std::string_view key : order) {
        auto it = record.find(key);
        if (it != record.end()) out[std::string(key)] = ordered_json(*it);
    }
    for (auto it = record.begin(); it != record.end(); ++it) {
        if (!out.contains(it.key())) out[it.key()] = ordered_json(it.value());
    }
    return out;
}

// Record ids in the file are positions: the store's ids mean nothing elsewhere.
class PositionalIds {
public:
    explicit PositionalIds(const core::Case& c) {
        Add(RecordKind::Contact, c.contacts);
        Add(RecordKind::Promise, c.promises);
        Add(RecordKind::Invoice, c.invoices);
        Add(RecordKind::Payment, c.payments);
        Add(RecordKind::Incident, c.incidents);
        Add(RecordKind::Document, c.documents);
        Add(RecordKind::Note, c.notes);
    }
    std::string operator()(RecordKind kind, RecordId id) const {
        auto it = m_positions.find({kind, id});
        if (it == m_positions.end()) {
            throw Error("the case links to " + std::string(core::ToString(kind)) + " " + std::to_string(id) +
                        ", which is not in it; the case cannot be exported");
        }
        return core::RecordHandle(kind, it->second);
    }

private:
    template <typename Records>
    void Add(RecordKind kind, const Records& records) {
        RecordId position = 1;
        for (const auto& r : records) m_positions[{kind, r.id}] = position++;
    }
    std::map<std::pair<RecordKind, RecordId>, RecordId> m_positions;
};

std::string Lower(std::string s) {
    std::transform(s.begin(), s.end(), s.begin(), [](unsigned char ch) { return static_cast<char>(std::tolower(ch)); });
    return s;
}

// A file name for the attachment that every file system takes: its original name with folder
// separators and the characters Windows forbids replaced, never hidden, made unique
// (case-insensitively, for the file systems that fold case) with -2, -3 before the extension.
std::string UniqueName(const core::Document& d, RecordId position, std::set<std::string>& taken) {
    std::string name;
    for (char ch : d.originalName) {
        const bool forbidden = static_cast<unsigned char>(ch) < 0x20 || std::string_view("/\\:*?\"<>|").find(ch) != std::string_view::npos;
        name += forbidden ? '_' : ch;
    }
    while (!name.empty() && (name.back() == '.' || name.back() == ' ')) name.pop_back(); // Windows drops them
    if (name.empty() || name.front() == '.') name = "document-" + std::to_string(position) + name;
    const fs::path asPath(name);
    std::string stem = asPath.stem().string(), extension = asPath.extension().string();
    std::string candidate = name;
    for (int n = 2; taken.count(Lower(candidate)); ++n) candidate = stem + "-" + std::to_string(n) + extension;
    taken.insert(Lower(candidate));
    return candidate;
}

ordered_json Party(const std::vector<std::pair<const char*, const std::string*>>& fields) {
    ordered_json out = ordered_json::object();
    for (const auto& [key, value] : fields) {
        if (!value->empty()) out[key] = *value;
    }
    return out;
}

template <typename Records>
ordered_json List(const Records& records, const fields::List& order, const IdWriter& idOf,
                  const CaseContext& context) {
    ordered_json out = ordered_json::array();
    for (const auto& r : records) out.push_back(Ordered(ToJson(r, idOf, context), order));
    return out;
}

// The format requires these texts; a file without them would be refused on import, so the export
// stops here, naming the field, instead of writing a file that cannot be read back.
void CheckRequiredTexts(const core::Case& c) {
    auto require = [](const std::string& value, const std::string& pointer, const std::string& what) {
        if (value.empty()) throw InputError(pointer, what + " is empty; fill it in before exporting");
    };
    require(c.title, "/case/title", "the case title");
    require(c.claimant.name, "/case/claimant/name", "the claimant's name");
    require(c.company.name, "/case/company/name", "the company's name");
    for (std::size_t i = 0; i < c.contacts.size(); ++i) {
        require(c.contacts[i].summary, "/case/contacts/" + std::to_string(i) + "/summary",
                "the summary of contact c" + std::to_string(i + 1));
    }
    for (std::size_t i = 0; i < c.promises.size(); ++i) {
        require(c.promises[i].text, "/case/promises/" + std::to_string(i) + "/text",
                "the text of promise p" + std::to_string(i + 1));
    }
    for (std::size_t i = 0; i < c.invoices.size(); ++i) {
        require(c.invoices[i].number, "/case/invoices/" + std::to_string(i) + "/number",
                "the number of invoice i" + std::to_string(i + 1));
    }
    for (std::size_t i = 0; i < c.notes.size(); ++i) {
        require(c.notes[i].text, "/case/notes/" + std::to_string(i) + "/text",
                "the text of note n" + std::to_string(i + 1));
    }
}

} // namespace

CaseExport BuildCaseExport(const core::Case& c, const ObjectPathOf& objectPathOf) {
    CheckRequiredTexts(c);
    const PositionalIds positions(c);
    const IdWriter idOf = [&](RecordKind kind, RecordId id) { return positions(kind, id); };
    const CaseContext context{c.timezone, c.currency};
    CaseExport out;

    ordered_json k = ordered_json::object();
    k["title"] = c.title;
    k["jurisdiction"] = c.jurisdiction;
    k["language"] = c.language;
    k["currency"] = c.currency;
    k["timezone"] = c.timezone;
    k["status"] = std::string(core::ToString(c.status));
    if (!c.summary.empty()) k["summary"] = c.summary;
    if (!c.remedy.empty()) k["remedy"] = c.remedy;
    if (!c.references.empty()) {
        ordered_json refs = ordered_json::array();
        for (const auto& r : c.references) refs.push_back(ordered_json{{"label", r.label}, {"value", r.value}});
        k["references"] = std::move(refs);
    }
    const auto& p = c.claimant;
    k["claimant"] = Party({{"name", &p.name}, {"id_number", &p.idNumber}, {"address", &p.address},
                           {"email", &p.email}, {"phone", &p.phone}, {"representative", &p.representative}});
    const auto& co = c.company;
    k["company"] = Party({{"name", &co.name}, {"tax_id", &co.taxId}, {"address", &co.address},
                          {"customer_number", &co.customerNumber}});
    k["contacts"] = List(c.contacts, fields::kContact, idOf, context);
    k["promises"] = List(c.promises, fields::kPromise, idOf, context);
    k["invoices"] = List(c.invoices, fields::kInvoice, idOf, context);
    k["payments"] = List(c.payments, fields::kPayment, idOf, context);
    k["incidents"] = List(c.incidents, fields::kIncident, idOf, context);

    ordered_json documents = ordered_json::array();
    std::set<std::string> taken;
    RecordId position = 1;
    for (const core::Document& d : c.documents) {
        const std::string name = UniqueName(d, position++, taken);
        json record = ToJson(d, idOf, context);
        record["file"] = "files/" + name;
        // The file name already says it unless a suffix had to be added.
        if (record.value("original_name", std::string()) == name) record.erase("original_name");
        documents.push_back(Ordered(record, fields::kDocument));
        fs::path object = objectPathOf(d);
        std::error_code ec;
        if (!fs::is_regular_file(object, ec)) {
            throw StorageError("the stored file of document " + core::RecordHandle(RecordKind::Document, d.id) +
                               " (" + d.originalName + ") is missing: " + object.string());
        }
        out.files.push_back({"files/" + name, std::move(object), {}});
    }
    k["documents"] = std::move(documents);
    k["notes"] = List(c.notes, fields::kNote, idOf, context);

    ordered_json root = ordered_json::object();
    root["format"] = "reclama-case";
    root["version"] = 1;
    root["case"] = std::move(k);
    try {
        out.json = root.dump(2) + "\n";
    } catch (const ordered_json::type_error& e) {
        throw Error("the case has text that is not valid UTF-8 and cannot be exported: " + std::string(e.what()));
    }
    return out;
}

} // namespace reclama::casefile
