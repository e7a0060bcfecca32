#include "casefile/CaseReader.h"

#include "casefile/Fields.h"
#include "core/Error.h"

#include <unicode/locid.h>
#include <unicode/normalizer2.h>

#include <algorithm>
#include <fstream>
#include <set>
#include <sstream>

namespace reclama::casefile {
namespace {

namespace fs = std::filesystem;
using nlohmann::json;
using core::RecordId;
using core::RecordKind;

constexpr std::int64_t kMaxMinutes = 1'000'000;
constexpr std::int64_t kMaxPage = 1'000'000;

std::string EscapePointerToken(std::string_view key) {
    std::string out;
    for (char ch : key) {
        if (ch == '~') out += "~0";
        else if (ch == '/') out += "~1";
        else out += ch;
    }
    return out;
}

std::string Ptr(const std::string& parent, std::string_view key) {
    return parent + "/" + EscapePointerToken(key);
}
std::string Ptr(const std::string& parent, std::size_t index) { return parent + "/" + std::to_string(index); }

bool InList(const char* const* list, const std::string& code) {
    for (; list && *list; ++list) {
        if (code == *list) return true;
    }
    return false;
}

bool IsCountry(const std::string& code) {
    return code.size() == 2 && std::all_of(code.begin(), code.end(), [](char ch) { return ch >= 'A' && ch <= 'Z'; }) &&
           InList(icu::Locale::getISOCountries(), code);
}

bool IsLanguage(const std::string& code) {
    return (code.size() == 2 || code.size() == 3) &&
           std::all_of(code.begin(), code.end(), [](char ch) { return ch >= 'a' && ch <= 'z'; }) &&
           InList(icu::Locale::getISOLanguages(), code);
}

const char* TypeName(const json& j) {
    if (j.is_string()) return "text";
    if (j.is_number()) return "a number";
    if (j.is_boolean()) return "true/false";
    if (j.is_array()) return "a list";
    if (j.is_object()) return "an object";
    return "null";
}

// A reference to another record as written in the file, resolved once all ids are known.
struct IdEntry {
    RecordKind kind;
    RecordId id;
};

class Reader {
public:
    explicit Reader(fs::path folder) : m_folder(std::move(folder)) {}

    CaseFileContents Read(const json& root) {
        CaseFileContents out;
        const std::string top;
        RequireObject(root, "");
        Unknown(root, top, fields::kTop);
        const json& format = Required(root, top, "format");
        if (!format.is_string() || format.get<std::string>() != "reclama-case") {
            throw InputError("/format", "not a Reclama case file (format must be \"reclama-case\")");
        }
        const json& version = Required(root, top, "version");
        if (!version.is_number_integer()) Wrong(version, "/version", "a whole number");
        if (version.get<std::int64_t>() != 1) {
            throw InputError("/version", "version " + version.dump() +
                                             " is not supported (this program reads version 1); update Reclama");
        }
        ReadCase(Required(root, top, "case"), "/case", out);
        out.warnings = std::move(m_warnings);
        return out;
    }

private:
    // --- generic field access -------------------------------------------------------------
    [[noreturn]] static void Wrong(const json& j, const std::string& ptr, const std::string& expected) {
        throw InputError(ptr, std::string("must be ") + expected + ", not " + TypeName(j));
    }
    static void RequireObject(const json& j, const std::string& ptr) {
        if (!j.is_object()) Wrong(j, ptr.empty() ? "/" : ptr, "an object");
    }
    // Absent and null are the same: the field is not given.
    static const json* Optional(const json& o, std::string_view key) {
        auto it = o.find(key);
        if (it == o.end() || it->is_null()) return nullptr;
        return &*it;
    }
    static const json& Required(const json& o, const std::string& ptr, std::string_view key) {
        const json* j = Optional(o, key);
        if (!j) throw InputError(Ptr(ptr, key), "required field is missing");
        return *j;
    }
    static std::string Text(const json& j, const std::string& ptr) {
        if (!j.is_string()) Wrong(j, ptr, "text");
        std::string text = j.get<std::string>();
        // "\u0000" is valid JSON but cuts names and texts short in every C API further on.
        if (text.find('\0') != std::string::npos) throw InputError(ptr, "contains a NUL character (\\u0000)");
        return text;
    }
    static std::string OptText(const json& o, const std::string& ptr, std::string_view key) {
        const json* j = Optional(o, key);
        return j ? Text(*j, Ptr(ptr, key)) : std::string();
    }
    static std::string ReqText(const json& o, const std::string& ptr, std::string_view key) {
        std::string value = Text(Required(o, ptr, key), Ptr(ptr, key));
        if (value.empty()) throw InputError(Ptr(ptr, key), "must not be empty");
        return value;
    }
    static std::int64_t Integer(const json& j, const std::string& ptr, std::int64_t min, std::int64_t max) {
        if (!j.is_number_integer()) Wrong(j, ptr, "a whole number");
        // An unsigned value above INT64_MAX would wrap if read as signed.
        const bool inRange = j.is_number_unsigned()
                                 ? j.get<std::uint64_t>() <= static_cast<std::uint64_t>(max) &&
                                       static_cast<std::int64_t>(j.get<std::uint64_t>()) >= min
                                 : j.get<std::int64_t>() >= min && j.get<std::int64_t>() <= max;
        if (!inRange) {
            throw InputError(ptr, j.dump() + " is out of range (" + std::to_string(min) + " to " +
                                      std::to_string(max) + ")");
        }
        return j.get<std::int64_t>();
    }
    static const json& Array(const json& o, const std::string& ptr, std::string_view key) {
        static const json kEmpty = json::array();
        const json* j = Optional(o, key);
        if (!j) return kEmpty;
        if (!j->is_array()) Wrong(*j, Ptr(ptr, key), "a list");
        return *j;
    }
    void Unknown(const json& o, const std::string& ptr, const fields::List& known) {
        for (auto it = o.begin(); it != o.end(); ++it) {
            if (std::find(known.begin(), known.end(), it.key()) == known.end()) {
                m_warnings.push_back(Ptr(ptr, it.key()) + ": unknown field, ignored");
            }
        }
    }
    template <typename Enum, typename Parse>
    static Enum EnumField(const json& o, const std::string& ptr, std::string_view key, Enum fallback,
                          Parse parse, const char* allowed, bool required = false) {
        const json* j = required ? &Required(o, ptr, key) : Optional(o, key);
        if (!j) return fallback;
        std::string name = Text(*j, Ptr(ptr, key));
        auto value = parse(name);
        if (!value) throw InputError(Ptr(ptr, key), "'" + name + "' is not one of: " + allowed);
        return *value;
    }
    static std::optional<core::Date> OptDate(const json& o, const std::string& ptr, std::string_view key) {
        const json* j = Optional(o, key);
        if (!j) return std::nullopt;
        return core::ParseDate(Text(*j, Ptr(ptr, key)), Ptr(ptr, key));
    }
    std::optional<core::EventTime> OptTime(const json& o, const std::string& ptr, std::string_view key,
                                           std::string_view precisionKey) const {
        const json* j = Optional(o, key);
        if (!j) return std::nullopt;
        std::optional<core::Precision> precision;
        if (Optional(o, precisionKey)) {
            precision = EnumField(o, ptr, precisionKey, core::Precision::Minute, core::PrecisionFromString,
                                  "exact, minute, day, month, approximate");
        }
        return core::ParseEventTime(Text(*j, Ptr(ptr, key)), m_case.timezone, precision, Ptr(ptr, key));
    }
    core::EventTime ReqTime(const json& o, const std::string& ptr, std::string_view key,
                            std::string_view precisionKey) const {
        Required(o, ptr, key);
        return *OptTime(o, ptr, key, precisionKey);
    }
    core::Money Amount(const json& j, const std::string& ptr) const {
        if (j.is_number()) {
            throw InputError(ptr, "write amounts as text in quotes, e.g. \"39.90\" (JSON numbers lose cents)");
        }
        return core::ParseAmount(Text(j, ptr), m_case.currency, ptr);
    }

    // --- ids and links --------------------------------------------------------------------
    // Every id in the file, so links may point forwards; ids are unique across the whole file.
    void CollectIds(const json& c, const std::string& ptr, std::string_view key, RecordKind kind) {
        const json& list = Array(c, ptr, key);
        RecordId next = 1;
        for (std::size_t i = 0; i < list.size(); ++i) {
            std::string at = Ptr(Ptr(ptr, key), i);
            RequireObject(list[i], at);
            std::string id = ReqText(list[i], at, "id");
            if (!m_ids.emplace(id, IdEntry{kind, next++}).second) {
                throw InputError(Ptr(at, "id"), "id '" + id + "' is used twice in this file");
            }
        }
    }
    RecordId Link(const json& j, const std::string& ptr, RecordKind kind) const {
        std::string id = Text(j, ptr);
        auto it = m_ids.find(id);
        if (it == m_ids.end()) throw InputError(ptr, "no record has id '" + id + "'");
        if (it->second.kind != kind) {
            throw InputError(ptr, "'" + id + "' is a " + std::string(core::ToString(it->second.kind)) +
                                      ", not a " + std::string(core::ToString(kind)));
        }
        return it->second.id;
    }
    std::vector<core::DocumentLink> Links(const json& o, const std::string& ptr) {
        std::vector<core::DocumentLink> out;
        const json& list = Array(o, ptr, "documents");
        for (std::size_t i = 0; i < list.size(); ++i) {
            std::string at = Ptr(Ptr(ptr, "documents"), i);
            core::DocumentLink link;
            if (list[i].is_object()) {
                Unknown(list[i], at, fields::kDocumentLink);
                link.document = Link(Required(list[i], at, "doc"), Ptr(at, "doc"), RecordKind::Document);
                if (const json* page = Optional(list[i], "page")) {
                    link.page = static_cast<int>(Integer(*page, Ptr(at, "page"), 1, kMaxPage));
                }
            } else if (list[i].is_string()) {
                link.document = Link(list[i], at, RecordKind::Document);
            } else {
                Wrong(list[i], at, "a document id or {\"doc\": id, \"page\": n}");
            }
            out.push_back(link);
        }
        return out;
    }

    // --- the case -------------------------------------------------------------------------
    void ReadCase(const json& c, const std::string& ptr, CaseFileContents& out) {
        RequireObject(c, ptr);
        Unknown(c, ptr, fields::kCase);
        m_case.title = ReqText(c, ptr, "title");
        m_case.jurisdiction = ReqText(c, ptr, "jurisdiction");
        if (!IsCountry(m_case.jurisdiction)) {
            throw InputError(Ptr(ptr, "jurisdiction"),
                             "'" + m_case.jurisdiction + "' is not an ISO 3166-1 country code such as ES or CL");
        }
        if (Optional(c, "language")) {
            m_case.language = OptText(c, ptr, "language");
            if (!IsLanguage(m_case.language)) {
                throw InputError(Ptr(ptr, "language"),
                                 "'" + m_case.language + "' is not a language code such as es or en");
            }
        } else {
            m_case.language = "es";
        }
        m_case.currency = ReqText(c, ptr, "currency");
        if (m_case.currency.size() != 3 || !core::IsKnownCurrency(m_case.currency) ||
            !std::all_of(m_case.currency.begin(), m_case.currency.end(), [](char ch) { return ch >= 'A' && ch <= 'Z'; })) {
            throw InputError(Ptr(ptr, "currency"),
                             "'" + m_case.currency + "' is not an ISO 4217 currency code such as EUR or CLP");
        }
        m_case.timezone = ReqText(c, ptr, "timezone");
        if (!core::IsKnownZone(m_case.timezone)) {
            throw InputError(Ptr(ptr, "timezone"),
                             "'" + m_case.timezone + "' is not a time zone name such as Europe/Madrid");
        }
        m_case.status = EnumField(c, ptr, "status", core::CaseStatus::Open, core::CaseStatusFromString,
                                  "open, escalated, resolved, closed");
        m_case.summary = OptText(c, ptr, "summary");
        m_case.remedy = OptText(c, ptr, "remedy");
        const json& refs = Array(c, ptr, "references");
        for (std::size_t i = 0; i < refs.size(); ++i) {
            std::string at = Ptr(Ptr(ptr, "references"), i);
            RequireObject(refs[i], at);
            Unknown(refs[i], at, fields::kReference);
            m_case.references.push_back({ReqText(refs[i], at, "label"), OptText(refs[i], at, "value")});
        }
        ReadClaimant(Required(c, ptr, "claimant"), Ptr(ptr, "claimant"));
        ReadCompany(Required(c, ptr, "company"), Ptr(ptr, "company"));

        CollectIds(c, ptr, "contacts", RecordKind::Contact);
        CollectIds(c, ptr, "promises", RecordKind::Promise);
        CollectIds(c, ptr, "invoices", RecordKind::Invoice);
        CollectIds(c, ptr, "payments", RecordKind::Payment);
        CollectIds(c, ptr, "incidents", RecordKind::Incident);
        CollectIds(c, ptr, "documents", RecordKind::Document);
        CollectIds(c, ptr, "notes", RecordKind::Note);

        ForEach(c, ptr, "documents", [&](const json& o, const std::string& at, RecordId id) {
            ReadDocument(o, at, id, out);
        });
        ForEach(c, ptr, "contacts", [&](const json& o, const std::string& at, RecordId id) { ReadContact(o, at, id); });
        ForEach(c, ptr, "promises", [&](const json& o, const std::string& at, RecordId id) { ReadPromise(o, at, id); });
        ForEach(c, ptr, "invoices", [&](const json& o, const std::string& at, RecordId id) { ReadInvoice(o, at, id); });
        ForEach(c, ptr, "payments", [&](const json& o, const std::string& at, RecordId id) { ReadPayment(o, at, id); });
        ForEach(c, ptr, "incidents", [&](const json& o, const std::string& at, RecordId id) { ReadIncident(o, at, id); });
        ForEach(c, ptr, "notes", [&](const json& o, const std::string& at, RecordId id) { ReadNote(o, at, id); });
        out.c = std::move(m_case);
    }

    template <typename F>
    void ForEach(const json& c, const std::string& ptr, std::string_view key, F read) {
        const json& list = Array(c, ptr, key);
        for (std::size_t i = 0; i < list.size(); ++i) {
            read(list[i], Ptr(Ptr(ptr, key), i), static_cast<RecordId>(i + 1));
        }
    }

    void ReadClaimant(const json& o, const std::string& ptr) {
        RequireObject(o, ptr);
        Unknown(o, ptr, fields::kClaimant);
        auto& p = m_case.claimant;
        p.name = ReqText(o, ptr, "name");
        p.idNumber = OptText(o, ptr, "id_number");
        p.address = OptText(o, ptr, "address");
        p.email = OptText(o, ptr, "email");
        p.phone = OptText(o, ptr, "phone");
        p.representative = OptText(o, ptr, "representative");
    }

    void ReadCompany(const json& o, const std::string& ptr) {
        RequireObject(o, ptr);
        Unknown(o, ptr, fields::kCompany);
        auto& p = m_case.company;
        p.name = ReqText(o, ptr, "name");
        p.taxId = OptText(o, ptr, "tax_id");
        p.address = OptText(o, ptr, "address");
        p.customerNumber = OptText(o, ptr, "customer_number");
    }

    void ReadContact(const json& o, const std::string& ptr, RecordId id) {
        Unknown(o, ptr, fields::kContact);
        core::Contact r;
        r.id = id;
        r.at = ReqTime(o, ptr, "at", "precision");
        r.recordedAt = OptTime(o, ptr, "recorded_at", "recorded_at_precision");
        r.channel = EnumField(o, ptr, "channel", core::Channel::Other, core::ChannelFromString,
                              "phone, email, chat, letter, visit, web, social, sms, other", true);
        r.direction = EnumField(o, ptr, "direction", core::Direction::Outgoing, core::DirectionFromString,
                                "outgoing, incoming");
        if (const json* j = Optional(o, "duration_min")) {
            r.durationMin = static_cast<int>(Integer(*j, Ptr(ptr, "duration_min"), 0, kMaxMinutes));
        }
        if (const json* j = Optional(o, "wait_min")) {
            r.waitMin = static_cast<int>(Integer(*j, Ptr(ptr, "wait_min"), 0, kMaxMinutes));
        }
        r.agent = OptText(o, ptr, "agent");
        r.agentId = OptText(o, ptr, "agent_id");
        r.department = OptText(o, ptr, "department");
        r.reference = OptText(o, ptr, "reference");
        if (const json* j = Optional(o, "complaint")) {
            if (!j->is_boolean()) Wrong(*j, Ptr(ptr, "complaint"), "true or false");
            r.complaint = j->get<bool>();
        }
        if (const json* j = Optional(o, "reply_to")) {
            r.replyTo = Link(*j, Ptr(ptr, "reply_to"), RecordKind::Contact);
            if (*r.replyTo == id) throw InputError(Ptr(ptr, "reply_to"), "a contact cannot answer itself");
        }
        r.summary = ReqText(o, ptr, "summary");
        r.quote = OptText(o, ptr, "quote");
        r.documents = Links(o, ptr);
        m_case.contacts.push_back(std::move(r));
    }

    void ReadPromise(const json& o, const std::string& ptr, RecordId id) {
        Unknown(o, ptr, fields::kPromise);
        core::Promise r;
        r.id = id;
        if (const json* j = Optional(o, "contact")) r.contact = Link(*j, Ptr(ptr, "contact"), RecordKind::Contact);
        r.by = OptText(o, ptr, "by");
        r.text = ReqText(o, ptr, "text");
        r.due = OptDate(o, ptr, "due");
        r.status = EnumField(o, ptr, "status", core::PromiseStatus::Pending, core::PromiseStatusFromString,
                             "pending, kept, partly_kept, broken");
        r.resolved = OptDate(o, ptr, "resolved");
        m_case.promises.push_back(std::move(r));
    }

    void ReadInvoice(const json& o, const std::string& ptr, RecordId id) {
        Unknown(o, ptr, fields::kInvoice);
        core::Invoice r;
        r.id = id;
        r.number = ReqText(o, ptr, "number");
        r.issued = core::ParseDate(Text(Required(o, ptr, "issued"), Ptr(ptr, "issued")), Ptr(ptr, "issued"));
        r.periodFrom = OptDate(o, ptr, "period_from");
        r.periodTo = OptDate(o, ptr, "period_to");
        r.due = OptDate(o, ptr, "due");
        r.billed = Amount(Required(o, ptr, "billed"), Ptr(ptr, "billed"));
        const json* correct = Optional(o, "correct");
        r.correct = correct ? Amount(*correct, Ptr(ptr, "correct")) : r.billed;
        const json* paid = Optional(o, "paid");
        r.paid = paid ? Amount(*paid, Ptr(ptr, "paid")) : core::Money{0, m_case.currency};
        r.documents = Links(o, ptr);
        m_case.invoices.push_back(std::move(r));
    }

    void ReadPayment(const json& o, const std::string& ptr, RecordId id) {
        Unknown(o, ptr, fields::kPayment);
        core::Payment r;
        r.id = id;
        r.at = ReqTime(o, ptr, "at", "precision");
        r.kind = EnumField(o, ptr, "kind", core::PaymentKind::Payment, core::PaymentKindFromString,
                           "payment, refund, compensation");
        r.amount = Amount(Required(o, ptr, "amount"), Ptr(ptr, "amount"));
        r.reference = OptText(o, ptr, "reference");
        r.documents = Links(o, ptr);
        m_case.payments.push_back(std::move(r));
    }

    void ReadIncident(const json& o, const std::string& ptr, RecordId id) {
        Unknown(o, ptr, fields::kIncident);
        core::Incident r;
        r.id = id;
        r.from = ReqTime(o, ptr, "from", "from_precision");
        r.to = OptTime(o, ptr, "to", "to_precision");
        r.description = OptText(o, ptr, "description");
        m_case.incidents.push_back(std::move(r));
    }

    void ReadNote(const json& o, const std::string& ptr, RecordId id) {
        Unknown(o, ptr, fields::kNote);
        core::Note r;
        r.id = id;
        r.at = ReqTime(o, ptr, "at", "precision");
        r.text = ReqText(o, ptr, "text");
        m_case.notes.push_back(std::move(r));
    }

    void ReadDocument(const json& o, const std::string& ptr, RecordId id, CaseFileContents& out) {
        Unknown(o, ptr, fields::kDocument);
        core::Document r;
        r.id = id;
        const std::string filePtr = Ptr(ptr, "file");
        fs::path file = ResolveFile(ReqText(o, ptr, "file"), filePtr);
        r.title = OptText(o, ptr, "title");
        r.date = OptDate(o, ptr, "date");
        r.kind = EnumField(o, ptr, "kind", core::DocumentKind::Other, core::DocumentKindFromString,
                           "invoice, contract, letter, email, screenshot, photo, recording, transcript, "
                           "receipt, statement, other");
        // sha256, size and media_type may be present (our own exports write them); the store
        // computes them again from the bytes, which are what counts.
        OptText(o, ptr, "sha256");
        OptText(o, ptr, "media_type");
        if (const json* size = Optional(o, "size")) Integer(*size, Ptr(ptr, "size"), 0, INT64_MAX);
        r.originalName = OptText(o, ptr, "original_name");
        if (r.originalName.empty()) r.originalName = file.filename().string();
        std::error_code ec;
        auto size = fs::file_size(file, ec);
        if (ec) throw InputError(filePtr, "cannot read " + file.string() + ": " + ec.message());
        r.size = static_cast<std::int64_t>(size);
        out.documentFiles[id] = file;
        m_case.documents.push_back(std::move(r));
    }

    // `text` as it is on disk: a name written in one Unicode normal form (NFC, as most systems
    // do) may be stored in the other (NFD, as macOS does), e.g. after an unzip.
    static std::string OnDiskForm(const fs::path& base, const std::string& text) {
        std::error_code ec;
        if (fs::exists(fs::symlink_status(base / text, ec))) return text;
        UErrorCode status = U_ZERO_ERROR;
        const icu::UnicodeString unicode = icu::UnicodeString::fromUTF8(text);
        for (const icu::Normalizer2* form :
             {icu::Normalizer2::getNFCInstance(status), icu::Normalizer2::getNFDInstance(status)}) {
            if (U_FAILURE(status) || !form) break;
            std::string other;
            form->normalize(unicode, status).toUTF8String(other);
            if (U_SUCCESS(status) && fs::exists(fs::symlink_status(base / other, ec))) return other;
        }
        return text;
    }

    // The attachment named by `text`, which must be a regular file inside the case folder.
    fs::path ResolveFile(const std::string& text, const std::string& ptr) const {
        fs::path relative(text);
        if (relative.is_absolute() || relative.has_root_name() || relative.has_root_directory()) {
            throw InputError(ptr, "'" + text + "' is an absolute path; name files relative to case.json");
        }
        std::error_code ec;
        const fs::path base = fs::weakly_canonical(m_folder, ec);
        if (ec) throw InputError(m_folder.string(), "cannot read the case folder: " + ec.message());
        // weakly_canonical follows symlinks, so a link inside the folder that points out is caught too.
        const fs::path full = fs::weakly_canonical(base / OnDiskForm(base, text), ec);
        if (ec) throw InputError(ptr, "cannot resolve '" + text + "': " + ec.message());
        auto [baseEnd, fullIt] = std::mismatch(base.begin(), base.end(), full.begin(), full.end());
        if (baseEnd != base.end() || fullIt == full.end()) {
            throw InputError(ptr, "'" + text + "' points outside the case folder; attachments must be inside it");
        }
        auto status = fs::status(full, ec);
        if (!fs::exists(status)) throw InputError(ptr, "file '" + text + "' does not exist");
        if (!fs::is_regular_file(status)) throw InputError(ptr, "'" + text + "' is not a regular file");
        return full;
    }

    fs::path m_folder;
    core::Case m_case;
    std::map<std::string, IdEntry> m_ids;
    std::vector<std::string> m_warnings;
};

std::string ReadAll(const fs::path& file, std::uint64_t maxBytes) {
    std::error_code ec;
    auto status = fs::status(file, ec);
    if (!fs::exists(status)) throw InputError(file.string(), "file does not exist");
    if (!fs::is_regular_file(status)) throw InputError(file.string(), "not a regular file");
    std::uintmax_t size = fs::file_size(file, ec);
    if (!ec && size > maxBytes) {
        throw InputError(file.string(), "the file has " + std::to_string(size) + " bytes, more than the " +
                                            std::to_string(maxBytes) + " a case file may have");
    }
    std::ifstream in(file, std::ios::binary);
    if (!in) throw InputError(file.string(), "cannot open the file");
    std::ostringstream buffer;
    buffer << in.rdbuf();
    if (in.bad()) throw InputError(file.string(), "cannot read the file");
    return std::move(buffer).str();
}

// Watches the parse: refuses nesting deeper than any real case file (before it costs stack or time
// later) and a key given twice in one object, which JSON parsers resolve differently, so what we
// check would not be what another program reads.
class KeyGuard {
public:
    KeyGuard(std::string file, std::size_t maxDepth) : m_file(std::move(file)), m_maxDepth(maxDepth) {}

    bool operator()(int depth, json::parse_event_t event, const json& parsed) {
        using Event = json::parse_event_t;
        if (static_cast<std::size_t>(depth) > m_maxDepth) {
            throw InputError(m_file, "JSON nested deeper than " + std::to_string(m_maxDepth) +
                                         " levels; this is not a case file");
        }
        switch (event) {
        case Event::object_start:
        case Event::array_start:
            m_frames.push_back(Frame{event == Event::array_start, 0, {}, {}});
            break;
        case Event::key: {
            Frame& top = m_frames.back();
            top.key = parsed.get<std::string>();
            if (!top.keys.insert(top.key).second) {
                throw InputError(Pointer(), "the key \"" + top.key + "\" appears twice in one object");
            }
            break;
        }
        case Event::object_end:
        case Event::array_end:
            m_frames.pop_back();
            Counted();
            break;
        case Event::value:
            Counted();
            break;
        }
        return true;
    }

private:
    struct Frame {
        bool array;
        std::size_t count;
        std::string key;
        std::set<std::string> keys;
    };
    void Counted() {
        if (!m_frames.empty() && m_frames.back().array) ++m_frames.back().count;
    }
    std::string Pointer() const {
        std::string out;
        for (const Frame& f : m_frames) out = f.array ? Ptr(out, f.count) : Ptr(out, f.key);
        return out;
    }
    std::string m_file;
    std::size_t m_maxDepth;
    std::vector<Frame> m_frames;
};

json ParseJson(const fs::path& file, const ReadLimits& limits) {
    const std::string text = ReadAll(file, limits.maxJsonBytes);
    KeyGuard guard(file.string(), limits.maxJsonDepth);
    json::parser_callback_t check = [&](int depth, json::parse_event_t event, json& parsed) {
        return guard(depth, event, parsed);
    };
    try {
        return json::parse(text, check);
    } catch (const json::parse_error& e) {
        // e.what() is "[json.exception.parse_error.101] parse error at line 3, column 9: ..."
        std::string detail = e.what();
        if (auto pos = detail.find("] "); pos != std::string::npos) detail = detail.substr(pos + 2);
        std::string what = detail.find("UTF-8") != std::string::npos ? "not valid UTF-8 text: " : "not valid JSON: ";
        throw InputError(file.string(), what + detail);
    }
}

} // namespace

CaseFileContents ReadCaseJson(const fs::path& jsonFile, const ReadLimits& limits) {
    json root = ParseJson(jsonFile, limits);
    Reader reader(jsonFile.parent_path().empty() ? fs::path(".") : jsonFile.parent_path());
    return reader.Read(root);
}

} // namespace reclama::casefile
