#include "Model.h"

#include <array>
#include <charconv>

namespace reclama::core {
namespace {

// One table per enum keeps each name written once, for both directions.
template <typename Enum, std::size_t N>
using Names = std::array<std::pair<Enum, std::string_view>, N>;

constexpr Names<CaseStatus, 4> kCaseStatus{{{CaseStatus::Open, "open"},
                                            {CaseStatus::Escalated, "escalated"},
                                            {CaseStatus::Resolved, "resolved"},
                                            {CaseStatus::Closed, "closed"}}};
constexpr Names<Channel, 9> kChannel{{{Channel::Phone, "phone"},
                                      {Channel::Email, "email"},
                                      {Channel::Chat, "chat"},
                                      {Channel::Letter, "letter"},
                                      {Channel::Visit, "visit"},
                                      {Channel::Web, "web"},
                                      {Channel::Social, "social"},
                                      {Channel::Sms, "sms"},
                                      {Channel::Other, "other"}}};
constexpr Names<Direction, 2> kDirection{
    {{Direction::Outgoing, "outgoing"}, {Direction::Incoming, "incoming"}}};
constexpr Names<PromiseStatus, 4> kPromiseStatus{{{PromiseStatus::Pending, "pending"},
                                                  {PromiseStatus::Kept, "kept"},
                                                  {PromiseStatus::PartlyKept, "partly_kept"},
                                                  {PromiseStatus::Broken, "broken"}}};
constexpr Names<PaymentKind, 3> kPaymentKind{{{PaymentKind::Payment, "payment"},
                                              {PaymentKind::Refund, "refund"},
                                              {PaymentKind::Compensation, "compensation"}}};
constexpr Names<DocumentKind, 11> kDocumentKind{{{DocumentKind::Invoice, "invoice"},
                                                 {DocumentKind::Contract, "contract"},
                                                 {DocumentKind::Letter, "letter"},
                                                 {DocumentKind::Email, "email"},
                                                 {DocumentKind::Screenshot, "screenshot"},
                                                 {DocumentKind::Photo, "photo"},
                                                 {DocumentKind::Recording, "recording"},
                                                 {DocumentKind::Transcript, "transcript"},
                                                 {DocumentKind::Receipt, "receipt"},
                                                 {DocumentKind::Statement, "statement"},
                                                 {DocumentKind::Other, "other"}}};
constexpr Names<RecordKind, 7> kRecordKind{{{RecordKind::Contact, "contact"},
                                            {RecordKind::Promise, "promise"},
                                            {RecordKind::Invoice, "invoice"},
                                            {RecordKind::Payment, "payment"},
                                            {RecordKind::Incident, "incident"},
                                            {RecordKind::Document, "document"},
                                            {RecordKind::Note, "note"}}};
constexpr std::array<std::pair<RecordKind, char>, 7> kPrefix{{{RecordKind::Contact, 'c'},
                                                              {RecordKind::Promise, 'p'},
                                                              {RecordKind::Invoice, 'i'},
                                                              {RecordKind::Payment, 'm'},
                                                              {RecordKind::Incident, 'o'},
                                                              {RecordKind::Document, 'd'},
                                                              {RecordKind::Note, 'n'}}};

template <typename Enum, std::size_t N>
std::string_view NameOf(const Names<Enum, N>& table, Enum value) {
    for (const auto& [e, name] : table)
        if (e == value)
            return name;
    return table.front().second;
}

template <typename Enum, std::size_t N>
std::optional<Enum> ValueOf(const Names<Enum, N>& table, std::string_view name) {
    for (const auto& [e, n] : table)
        if (n == name)
            return e;
    return std::nullopt;
}

template <typename Record> const Record* FindById(const std::vector<Record>& records, RecordId id) {
    for (const auto& r : records)
        if (r.id == id)
            return &r;
    return nullptr;
}

} // namespace

const Contact* Case::FindContact(RecordId id) const {
    return FindById(contacts, id);
}
const Document* Case::FindDocument(RecordId id) const {
    return FindById(documents, id);
}

std::string_view ToString(CaseStatus v) {
    return NameOf(kCaseStatus, v);
}
std::string_view ToString(Channel v) {
    return NameOf(kChannel, v);
}
std::string_view ToString(Direction v) {
    return NameOf(kDirection, v);
}
std::string_view ToString(PromiseStatus v) {
    return NameOf(kPromiseStatus, v);
}
std::string_view ToString(PaymentKind v) {
    return NameOf(kPaymentKind, v);
}
std::string_view ToString(DocumentKind v) {
    return NameOf(kDocumentKind, v);
}
std::string_view ToString(RecordKind v) {
    return NameOf(kRecordKind, v);
}
std::optional<CaseStatus> CaseStatusFromString(std::string_view s) {
    return ValueOf(kCaseStatus, s);
}
std::optional<Channel> ChannelFromString(std::string_view s) {
    return ValueOf(kChannel, s);
}
std::optional<Direction> DirectionFromString(std::string_view s) {
    return ValueOf(kDirection, s);
}
std::optional<PromiseStatus> PromiseStatusFromString(std::string_view s) {
    return ValueOf(kPromiseStatus, s);
}
std::optional<PaymentKind> PaymentKindFromString(std::string_view s) {
    return ValueOf(kPaymentKind, s);
}
std::optional<DocumentKind> DocumentKindFromString(std::string_view s) {
    return ValueOf(kDocumentKind, s);
}
std::optional<RecordKind> RecordKindFromString(std::string_view s) {
    return ValueOf(kRecordKind, s);
}

char RecordPrefix(RecordKind kind) {
    for (const auto& [k, prefix] : kPrefix)
        if (k == kind)
            return prefix;
    return '?';
}

std::string RecordHandle(RecordKind kind, RecordId id) {
    return std::string(1, RecordPrefix(kind)) + std::to_string(id);
}

std::optional<RecordRef> ParseRecordHandle(std::string_view handle) {
    if (handle.size() < 2)
        return std::nullopt;
    for (const auto& [kind, prefix] : kPrefix) {
        if (handle[0] != prefix)
            continue;
        RecordId id = 0;
        auto digits = handle.substr(1);
        auto [end, error] = std::from_chars(digits.data(), digits.data() + digits.size(), id);
        if (error != std::errc() || end != digits.data() + digits.size() || id <= 0) {
            return std::nullopt;
        }
        return RecordRef{kind, id};
    }
    return std::nullopt;
}

} // namespace reclama::core
